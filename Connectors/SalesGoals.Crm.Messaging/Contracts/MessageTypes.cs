namespace SalesGoals.Crm.Messaging.Contracts;

/// <summary>The product's message types (the envelope's <c>type</c> and the <c>message-type</c> property).</summary>
public static class MessageTypes
{
    public const string GoalChanged = "salesgoals.goal-changed";
    public const string ProgressChanged = "salesgoals.progress-changed";
    public const string PullActuals = "salesgoals.pull-actuals";
    public const string MappingChanged = "salesgoals.mapping-changed";
    public const string PaceSweep = "salesgoals.pace-sweep";
}
