namespace SalesGoals.Crm.LocalDataverse;

/// <summary>Settings of a local Dataverse environment.</summary>
public sealed class LocalDataverseOptions
{
    /// <summary>The platform's plug-in depth limit (WorkflowSettings.MaxDepth, 8 by default).</summary>
    public int MaxDepth { get; set; } = 8;

    public string OrganizationName { get; set; } = "localdataverse";

    /// <summary>Language of the SYSTEM user and of users seeded without one (1033 English, 2052 Chinese).</summary>
    public int DefaultLanguageId { get; set; } = 1033;
}
