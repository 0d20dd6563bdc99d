namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>What an admin must do about one object or field the connector needs.</summary>
public enum CrmGapKind
{
    /// <summary>The module or object does not exist: create it (its fields follow as separate gaps).</summary>
    CreateObject,

    /// <summary>The field does not exist: create it with the suggested type.</summary>
    CreateField,

    /// <summary>The field exists with a type that cannot carry the value: change it (or map another field).</summary>
    ChangeType,

    /// <summary>The goal-id key field must refuse duplicates, so upserts never make two rows of one goal.</summary>
    MakeUnique,
}
