namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>The <c>type</c> of a Custom API request parameter or response property, with Dataverse's values.</summary>
public enum CustomApiFieldType
{
    Boolean = 0,
    DateTime = 1,
    Decimal = 2,
    Entity = 3,
    EntityCollection = 4,
    EntityReference = 5,
    Float = 6,
    Integer = 7,
    Money = 8,
    Picklist = 9,
    String = 10,
    StringArray = 11,
    Guid = 12,
}
