using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Reads entity bodies with the OData message reader (types checked against the EDM): one entity for
/// POST/PATCH, the <c>Targets</c> of UpsertMultiple. Lookups arrive as <c>nav@odata.bind</c> references.</summary>
internal sealed class EntityPayloadReader
{
    private readonly DataverseEdm _edm;
    private readonly ReferenceResolver _references;

    public EntityPayloadReader(DataverseEdm edm, ReferenceResolver references)
    {
        _edm = edm;
        _references = references;
    }

    public static ODataMessageReaderSettings Settings(Uri serviceRoot) => new()
    {
        BaseUri = serviceRoot,
        EnableMessageStreamDisposal = true,
        MessageQuotas = new ODataMessageQuotas { MaxReceivedMessageSize = 256L * 1024 * 1024 },
    };

    public Entity ReadEntity(EdmTable table, ApiRequest request)
    {
        var root = Parse(request.Body, table);
        PayloadNames.Check(table, root);
        var cleared = NullBinds.Strip(root);
        var body = JsonSerializer.SerializeToUtf8Bytes(root);
        using var message = new ODataMessageReader(new ODataMessage(request.Url, request.Method, request.Headers, body), Settings(_references.ServiceRoot), _edm.Model);
        var entity = Read(message.CreateODataResourceReader(table.Set, table.Type), table.EntitySetName).Single().Entity;
        Clear(table, entity, cleared);
        return entity;
    }

    public IReadOnlyList<EntityPayload> ReadUpsertMultipleTargets(EdmTable table, IEdmOperation action, ApiRequest request)
    {
        var root = Parse(request.Body, table);
        if (root["Targets"] is not JsonArray targets)
        {
            throw new WebApiException(400, WebApiErrorCodes.PayloadError, "UpsertMultiple requires the 'Targets' parameter: an array of records, each with @odata.type.");
        }

        var cleared = new List<IReadOnlyList<string>>();
        foreach (var target in targets)
        {
            if (target is not JsonObject item || item["@odata.type"]?.GetValue<string>() != table.TypeName)
            {
                throw new WebApiException(400, WebApiErrorCodes.PayloadError,
                    $"Each item of 'Targets' must have \"@odata.type\": \"{table.TypeName}\" (the table of {table.EntitySetName}).");
            }

            PayloadNames.Check(table, item);
            cleared.Add(NullBinds.Strip(item));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(root);
        using var message = new ODataMessageReader(new ODataMessage(request.Url, request.Method, request.Headers, body), Settings(_references.ServiceRoot), _edm.Model);
        var parameters = message.CreateODataParameterReader(action);
        var result = new List<EntityPayload>();
        while (parameters.Read())
        {
            if (parameters.State == ODataParameterReaderState.ResourceSet && parameters.Name == "Targets")
            {
                result.AddRange(Read(parameters.CreateResourceSetReader(), table.EntitySetName));
            }
        }

        for (var index = 0; index < result.Count; index++)
        {
            Clear(table, result[index].Entity, cleared[index]);
        }

        return result;
    }

    // "nav@odata.bind": null clears the lookup (documented for PATCH); the OData reader itself refuses a null bind.
    private static void Clear(EdmTable table, Entity entity, IReadOnlyList<string> navigations)
    {
        foreach (var navigation in navigations)
        {
            entity[table.ColumnOfNavigation(navigation)!.LogicalName] = null;
        }
    }

    private List<EntityPayload> Read(ODataReader reader, string entitySet)
    {
        var result = new List<EntityPayload>();
        var binds = new Dictionary<string, Uri>(StringComparer.Ordinal);
        string? navigation = null;
        var depth = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.State)
                {
                    case ODataReaderState.ResourceStart:
                        depth++;
                        if (depth > 1)
                        {
                            throw new WebApiException(400, WebApiErrorCodes.PayloadError, $"Deep insert is not supported by the local Web API (in a body for {entitySet}).");
                        }

                        binds.Clear();
                        break;
                    case ODataReaderState.ResourceEnd:
                        depth--;
                        result.Add(ToEntity((ODataResource)reader.Item, binds));
                        break;
                    case ODataReaderState.NestedResourceInfoStart:
                        navigation = ((ODataNestedResourceInfo)reader.Item).Name;
                        break;
                    case ODataReaderState.EntityReferenceLink when navigation is not null:
                        binds[navigation] = ((ODataEntityReferenceLink)reader.Item).Url;
                        break;
                    case ODataReaderState.NestedResourceInfoEnd:
                        navigation = null;
                        break;
                }
            }
        }
        catch (ODataException exception)
        {
            throw new WebApiException(400, WebApiErrorCodes.PayloadError,
                $"Error identified in Payload provided by the user for Entity :'{entitySet}': {exception.Message}", exception);
        }

        return result;
    }

    private EntityPayload ToEntity(ODataResource resource, Dictionary<string, Uri> binds)
    {
        var type = _edm.Model.FindDeclaredType(resource.TypeName) as IEdmEntityType
            ?? throw new WebApiException(400, WebApiErrorCodes.PayloadError, $"Unknown type '{resource.TypeName}'.");
        var table = _edm.TableOfType(type);
        var entity = new Entity(table.LogicalName);
        foreach (var property in resource.Properties.OfType<ODataProperty>())
        {
            var column = table.ColumnOfProperty(property.Name)!;
            var value = SdkValues.FromOData(table.LogicalName, column, property.Value);
            if (column.LogicalName == table.Metadata.PrimaryIdAttribute && value is Guid id)
            {
                entity.Id = id;
            }

            entity[column.LogicalName] = value;
        }

        foreach (var (navigation, url) in binds)
        {
            var column = table.ColumnOfNavigation(navigation)!;
            entity[column.LogicalName] = url is null ? null : _references.Resolve(url, $"{navigation}@odata.bind");
        }

        return new EntityPayload(entity, resource.Id);
    }

    private static JsonObject Parse(byte[] body, EdmTable table)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject
                ?? throw new WebApiException(400, WebApiErrorCodes.PayloadError, $"The body for {table.EntitySetName} must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new WebApiException(400, WebApiErrorCodes.PayloadError, $"Error identified in Payload provided by the user for Entity :'{table.EntitySetName}': {exception.Message}", exception);
        }
    }
}
