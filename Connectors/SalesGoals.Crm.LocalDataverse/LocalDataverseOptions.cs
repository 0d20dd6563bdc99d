namespace SalesGoals.Crm.LocalDataverse;

/// <summary>Settings of a local Dataverse environment.</summary>
public sealed class LocalDataverseOptions
{
    /// <summary>The platform's plug-in depth limit (WorkflowSettings.MaxDepth, 8 by default).</summary>
    public int MaxDepth { get; set; } = 8;

    public string OrganizationName { get; set; } = "localdataverse";

    /// <summary>Language of the SYSTEM user and of users seeded without one (1033 English, 2052 Chinese).</summary>
    public int DefaultLanguageId { get; set; } = 1033;

    /// <summary>
    /// How many plug-in trace records <see cref="LocalDataverseEnvironment.Traces"/> keeps, newest last; older ones are
    /// dropped, as Dataverse's plug-in trace log deletes old rows. Without a cap a long-running sandbox or a load run
    /// (one record per execution) would grow without bound.
    /// </summary>
    public int TraceRetention { get; set; } = 10_000;
}
