namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>Column types; Entity.xml spells them primarykey, nvarchar, ntext, int, bigint, decimal,
/// float, money, bit, datetime, lookup, customer, owner, picklist, multiselectpicklist, state,
/// status, uniqueidentifier, entityname, virtual, image, file.</summary>
public enum ColumnType
{
    UniqueIdentifier,
    PrimaryKey,
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    Boolean,
    DateTime,
    Lookup,
    Customer,
    Owner,
    Picklist,
    MultiSelectPicklist,
    State,
    Status,
    EntityName,
    Virtual,
    Image,
    File,
}
