namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Logical names of the mapping tables in <c>Solution/</c>, for the worker's Web API queries.</summary>
public static class MappingColumns
{
    public const string FieldMappingTable = "sg_fieldmapping";
    public const string FieldMappingEntitySet = "sg_fieldmappings";
    public const string ValueMappingTable = "sg_valuemapping";
    public const string ValueMappingEntitySet = "sg_valuemappings";
    public const string UserMappingTable = "sg_usermapping";
    public const string UserMappingEntitySet = "sg_usermappings";

    /// <summary>Primary name column of all three tables.</summary>
    public const string Name = "sg_name";

    /// <summary>Choice sg_externalsystem on all three tables.</summary>
    public const string System = "sg_system";

    public const string ExternalObject = "sg_externalobject";
    public const string ExternalField = "sg_externalfield";
    public const string CanonicalField = "sg_canonicalfield";
    public const string Direction = "sg_direction";
    public const string Transform = "sg_transform";

    public const string Kind = "sg_kind";
    public const string ExternalValue = "sg_externalvalue";
    public const string CanonicalValue = "sg_canonicalvalue";

    public const string ExternalUserId = "sg_externaluserid";
    public const string ExternalEmail = "sg_externalemail";

    /// <summary>Lookup to systemuser (Web API: <c>_sg_userid_value</c>).</summary>
    public const string UserId = "sg_userid";

    public const int ExternalObjectMaxLength = 100;
    public const int ExternalFieldMaxLength = 200;
    public const int CanonicalFieldMaxLength = 100;
    public const int TransformMaxLength = 400;
    public const int ValueMaxLength = 200;
    public const int ExternalUserIdMaxLength = 100;
    public const int ExternalEmailMaxLength = 200;
}
