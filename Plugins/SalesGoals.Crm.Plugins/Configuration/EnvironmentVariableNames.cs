namespace SalesGoals.Crm.Plugins.Configuration;

/// <summary>The solution's environment variables (Solution/environmentvariabledefinitions/) and the platform
/// tables an environment keeps them in: a definition with its default, and at most one value row that overrides it.</summary>
public static class EnvironmentVariableNames
{
    /// <summary>Number 0–1: the pace gap from which a goal is at risk (default 0.20).</summary>
    public const string AlertThreshold = "sg_AlertThreshold";

    /// <summary>Text: the sg_name of the working-day calendar goals use when neither they nor sg_goalsetting name one.</summary>
    public const string DefaultCalendar = "sg_DefaultCalendar";

    /// <summary>Text: the Service Bus namespace and queue of the goal events. Read by people (the admin copies it into
    /// the service endpoint) and by the worker's setup check, not by the plug-ins: they post through the service endpoint.</summary>
    public const string ServiceBusEndpoint = "sg_ServiceBusEndpoint";

    public const string DefinitionTable = "environmentvariabledefinition";
    public const string DefinitionId = "environmentvariabledefinitionid";
    public const string SchemaName = "schemaname";
    public const string DefaultValue = "defaultvalue";
    public const string ValueTable = "environmentvariablevalue";
    public const string Value = "value";
    public const string StateCode = "statecode";
}
