namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>What is wrong with a mapping. Stable codes: ops' tooling and tests key on them.</summary>
public enum MappingProblemCode
{
    /// <summary>An object map names a canonical entity other than "deal" or "goalprogress".</summary>
    UnknownCanonicalEntity,

    /// <summary>Two object maps target the same canonical entity.</summary>
    DuplicateObjectMapping,

    /// <summary>The external system has no object with that API name.</summary>
    UnknownExternalObject,

    /// <summary>The external object has no field with that API name.</summary>
    UnknownExternalField,

    /// <summary>The canonical entity has no field with that name.</summary>
    UnknownCanonicalField,

    /// <summary>The external field's type cannot carry the canonical field's values (text to amount, date to owner).</summary>
    TypeMismatch,

    /// <summary>A field the canonical entity cannot do without is not mapped in its direction.</summary>
    RequiredFieldUnmapped,

    /// <summary>The external object requires a field on create, and nothing is written to it.</summary>
    ExternalRequiredFieldUnmapped,

    /// <summary>A vendor-maintained (read-only) field is mapped outbound.</summary>
    ReadOnlyFieldWritten,

    /// <summary>One canonical field is read from two external fields, or one external field is written from two canonical fields.</summary>
    DuplicateFieldMapping,

    /// <summary>A value map is named on a field whose values are never translated (amounts, dates, owners).</summary>
    ValueMapNotAllowed,

    /// <summary>A field map refers to a value map that does not exist (or a dimension has none).</summary>
    MissingValueMap,

    /// <summary>A picklist option of the external field has no entry in the value map.</summary>
    UnmappedOptionValue,

    /// <summary>A value map translates to a canonical value that is not one the product knows for that field.</summary>
    UnknownCanonicalValue,

    /// <summary>A field written outbound cannot carry a canonical value the product knows: the value map has no entry for it.</summary>
    UnmappedCanonicalValue,

    /// <summary>An explicit user row points at a Dataverse user that does not exist.</summary>
    UserNotFound,

    /// <summary>An explicit user row points at a disabled Dataverse user.</summary>
    UserDisabled,

    /// <summary>The same external user appears twice in the explicit table.</summary>
    DuplicateExternalUser,

    /// <summary>The default currency is not an ISO 4217 code (three capital letters), or not a currency Dataverse has.</summary>
    InvalidDefaultCurrency,
}
