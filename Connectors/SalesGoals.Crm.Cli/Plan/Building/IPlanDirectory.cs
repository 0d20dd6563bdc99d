using System;

namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>Who the plan's people and teams are in Dataverse (apply), or stand-ins (preview, which reads nothing).</summary>
public interface IPlanDirectory
{
    Guid User(string email);

    Guid Team(string name);
}
