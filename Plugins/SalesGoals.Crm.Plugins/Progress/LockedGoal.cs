using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>A goal row read under its row lock, with its open at-risk alert (null: none) and, once computed, its progress change.</summary>
internal sealed class LockedGoal
{
    public LockedGoal(Entity row, Entity? openAlert)
    {
        Row = row;
        OpenAlert = openAlert;
    }

    public Entity Row { get; }

    public Entity? OpenAlert { get; }

    public ProgressChange? Change { get; set; }
}
