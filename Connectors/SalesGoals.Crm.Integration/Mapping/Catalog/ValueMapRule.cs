namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>Whether a canonical field's values go through a value map.</summary>
public enum ValueMapRule
{
    /// <summary>Values are used as they are; a value map is not allowed (amounts, dates, owners).</summary>
    NotAllowed = 0,

    /// <summary>Values are used as they are unless the field map names a value map (stage, period type).</summary>
    Optional = 1,

    /// <summary>Values must be translated; without a named map the map called like the field is used (dimensions, state).</summary>
    Required = 2,
}
