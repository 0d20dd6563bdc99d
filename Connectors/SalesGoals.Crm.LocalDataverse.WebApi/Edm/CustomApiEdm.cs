using Microsoft.OData.Edm;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Edm;

/// <summary>A Custom API in the EDM as Dataverse declares it: an unbound action (or function) import whose response
/// properties form the complex type <c>{UniqueName}Response</c>.</summary>
internal static class CustomApiEdm
{
    public static void Add(EdmModel model, EdmEntityContainer container, CustomApiDefinition api, EdmEntityType baseType)
    {
        EdmComplexType? response = null;
        if (api.ResponseProperties.Count > 0)
        {
            response = new EdmComplexType(DataverseEdm.Namespace, api.UniqueName + "Response");
            foreach (var property in api.ResponseProperties)
            {
                response.AddStructuralProperty(property.UniqueName, TypeOf(property.Type, baseType, isNullable: true));
            }

            model.AddElement(response);
        }

        IEdmTypeReference? returnType = response is null ? null : new EdmComplexTypeReference(response, isNullable: true);
        EdmOperation operation = api.IsFunction
            ? new EdmFunction(DataverseEdm.Namespace, api.UniqueName, returnType ?? EdmCoreModel.Instance.GetBoolean(true), isBound: false, entitySetPathExpression: null, isComposable: false)
            : new EdmAction(DataverseEdm.Namespace, api.UniqueName, returnType, isBound: false, entitySetPathExpression: null);
        foreach (var parameter in api.RequestParameters)
        {
            var type = TypeOf(parameter.Type, baseType, parameter.IsOptional);
            if (parameter.IsOptional)
            {
                operation.AddOptionalParameter(parameter.UniqueName, type);
            }
            else
            {
                operation.AddParameter(parameter.UniqueName, type);
            }
        }

        model.AddElement(operation);
        if (operation is EdmAction action)
        {
            container.AddActionImport(api.UniqueName, action);
        }
        else
        {
            container.AddFunctionImport(api.UniqueName, (EdmFunction)operation);
        }
    }

    private static IEdmTypeReference TypeOf(CustomApiFieldType type, EdmEntityType baseType, bool isNullable) => type switch
    {
        CustomApiFieldType.Boolean => EdmCoreModel.Instance.GetBoolean(isNullable),
        CustomApiFieldType.DateTime => EdmCoreModel.Instance.GetDateTimeOffset(isNullable),
        CustomApiFieldType.Decimal or CustomApiFieldType.Money => EdmCoreModel.Instance.GetDecimal(isNullable),
        CustomApiFieldType.Float => EdmCoreModel.Instance.GetDouble(isNullable),
        CustomApiFieldType.Integer or CustomApiFieldType.Picklist => EdmCoreModel.Instance.GetInt32(isNullable),
        CustomApiFieldType.Guid => EdmCoreModel.Instance.GetGuid(isNullable),
        CustomApiFieldType.StringArray => EdmCoreModel.GetCollection(EdmCoreModel.Instance.GetString(isNullable)),
        CustomApiFieldType.Entity or CustomApiFieldType.EntityReference => new EdmEntityTypeReference(baseType, isNullable),
        CustomApiFieldType.EntityCollection => EdmCoreModel.GetCollection(new EdmEntityTypeReference(baseType, isNullable)),
        _ => EdmCoreModel.Instance.GetString(isNullable),
    };
}
