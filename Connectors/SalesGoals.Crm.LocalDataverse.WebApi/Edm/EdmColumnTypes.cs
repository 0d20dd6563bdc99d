using Microsoft.OData.Edm;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Edm;

/// <summary>The Edm type Dataverse's $metadata gives each column type (date-only columns are Edm.Date).</summary>
public static class EdmColumnTypes
{
    public static EdmPrimitiveTypeKind? Kind(ColumnDefinition column) => column.Type switch
    {
        ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => EdmPrimitiveTypeKind.Guid,
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => EdmPrimitiveTypeKind.Guid,
        ColumnType.String or ColumnType.Memo or ColumnType.EntityName or ColumnType.MultiSelectPicklist => EdmPrimitiveTypeKind.String,
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => EdmPrimitiveTypeKind.Int32,
        ColumnType.BigInt => EdmPrimitiveTypeKind.Int64,
        ColumnType.Decimal or ColumnType.Money => EdmPrimitiveTypeKind.Decimal,
        ColumnType.Double => EdmPrimitiveTypeKind.Double,
        ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
        ColumnType.DateTime => IsDateOnly(column) ? EdmPrimitiveTypeKind.Date : EdmPrimitiveTypeKind.DateTimeOffset,
        _ => null,
    };

    public static bool IsDateOnly(ColumnDefinition column) =>
        column.Type == ColumnType.DateTime && column.DateTimeBehavior == DateTimeColumnBehavior.DateOnly;
}
