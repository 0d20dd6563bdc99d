using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>POST (create), PATCH (upsert; update only with <c>If-Match: *</c>, create only with <c>If-None-Match: *</c>)
/// and DELETE of one record, each through the organization service so the plug-in pipeline runs.</summary>
internal static class WriteOperation
{
    public static ApiResponse Create(OperationContext context, EdmTable table)
    {
        var entity = context.Payloads.ReadEntity(table, context.Request);
        var id = context.Service.Create(entity);
        return Written(context, table, id, created: true);
    }

    public static ApiResponse Patch(OperationContext context, EdmTable table, KeySegment key)
    {
        var entity = context.Payloads.ReadEntity(table, context.Request);
        var reference = ReferenceResolver.Reference(table, key);
        if (reference.Id != Guid.Empty)
        {
            entity.Id = reference.Id;
            entity[table.Metadata.PrimaryIdAttribute] = reference.Id;
        }
        else
        {
            foreach (var pair in reference.KeyAttributes)
            {
                entity.KeyAttributes[pair.Key] = pair.Value;
            }
        }

        if (context.Request.Header("If-Match") == "*")
        {
            context.Service.Execute(new UpdateRequest { Target = entity });
            return Written(context, table, Locate(context, table, reference), created: false);
        }

        if (context.Request.Header("If-None-Match") == "*")
        {
            if (Exists(context, table, reference))
            {
                throw new WebApiException(412, WebApiErrorCodes.DuplicateRecord, "A record with matching key values already exists.");
            }

            var id = context.Service.Create(WithKeyColumns(entity));
            return Written(context, table, id, created: true);
        }

        var response = (UpsertResponse)context.Service.Execute(new UpsertRequest { Target = entity });
        return Written(context, table, response.Target.Id, response.RecordCreated);
    }

    public static ApiResponse Delete(OperationContext context, EdmTable table, KeySegment key)
    {
        context.Service.Execute(new DeleteRequest { Target = ReferenceResolver.Reference(table, key) });
        return new ApiResponse(204).With("OData-Version", "4.0");
    }

    // 204 with OData-EntityId, or with "Prefer: return=representation" the row: 201 when created, 200 when updated.
    private static ApiResponse Written(OperationContext context, EdmTable table, Guid id, bool created)
    {
        var url = context.EntityUrl(table, id);
        if (!context.Preferences.ReturnRepresentation)
        {
            return new ApiResponse(204).With("OData-EntityId", url).With("OData-Version", "4.0");
        }

        var columns = table.Metadata.Columns.Where(c => EdmColumnTypes.Kind(c) is not null).OrderBy(c => c.LogicalName, StringComparer.Ordinal).ToList();
        var row = context.Service.Retrieve(table.LogicalName, id, new ColumnSet(columns.Select(c => c.LogicalName).ToArray()));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            EntityJsonWriter.Write(json, table, row, columns, context.Preferences);
        }

        return ApiResponse.Json(created ? 201 : 200, buffer.ToArray()).With("OData-EntityId", url);
    }

    private static Entity WithKeyColumns(Entity entity)
    {
        foreach (var pair in entity.KeyAttributes)
        {
            entity[pair.Key] = pair.Value;
        }

        entity.KeyAttributes.Clear();
        return entity;
    }

    private static bool Exists(OperationContext context, EdmTable table, EntityReference reference)
    {
        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        if (reference.Id != Guid.Empty)
        {
            query.Criteria.AddCondition(table.Metadata.PrimaryIdAttribute, ConditionOperator.Equal, reference.Id);
        }

        foreach (var pair in reference.KeyAttributes)
        {
            query.Criteria.AddCondition(pair.Key, ConditionOperator.Equal, pair.Value is OptionSetValue option ? option.Value : pair.Value);
        }

        return context.Service.RetrieveMultiple(query).Entities.Count > 0;
    }

    private static Guid Locate(OperationContext context, EdmTable table, EntityReference reference) =>
        reference.Id != Guid.Empty
            ? reference.Id
            : ((RetrieveResponse)context.Service.Execute(new RetrieveRequest { Target = reference, ColumnSet = new ColumnSet(false) })).Entity.Id;
}
