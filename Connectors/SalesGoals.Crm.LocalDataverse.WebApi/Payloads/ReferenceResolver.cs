using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Parses Web API URLs with the OData URI parser (alternate keys resolved) and turns record addresses
/// (<c>systemusers(…)</c>, <c>sg_externalactuals(sg_sourcesystem=…,sg_externalid='…')</c>) into entity references.</summary>
public sealed class ReferenceResolver
{
    private readonly DataverseEdm _edm;

    public ReferenceResolver(DataverseEdm edm, Uri serviceRoot)
    {
        _edm = edm;
        ServiceRoot = serviceRoot;
    }

    public Uri ServiceRoot { get; }

    public ODataUriParser Parser(Uri url) => new(_edm.Model, ServiceRoot, url)
    {
        Resolver = new AlternateKeysODataUriResolver(_edm.Model) { EnableCaseInsensitive = false },
    };

    /// <summary>The record a relative or absolute address names; <paramref name="where"/> says where it was written, for the error.</summary>
    public EntityReference Resolve(Uri address, string where)
    {
        var absolute = address.IsAbsoluteUri ? address : new Uri(ServiceRoot, address.OriginalString.TrimStart('/'));
        ODataPath path;
        try
        {
            path = Parser(absolute).ParsePath();
        }
        catch (ODataException exception)
        {
            throw new WebApiException(400, WebApiErrorCodes.InvalidUrlOrProperty, $"{where}: {exception.Message}", exception);
        }

        if (path.Count != 2 || path.FirstSegment is not EntitySetSegment set || path.LastSegment is not KeySegment key)
        {
            throw new WebApiException(400, WebApiErrorCodes.InvalidUrlOrProperty, $"{where}: '{address}' does not name one record (entityset(key)).");
        }

        return Reference(_edm.TableOfSet(set.EntitySet.Name)!, key);
    }

    /// <summary>An entity reference from a key segment: the primary id, or the alternate key's columns.</summary>
    public static EntityReference Reference(EdmTable table, KeySegment key)
    {
        var keys = key.Keys.ToList();
        if (keys.Count == 1 && keys[0].Key == table.Metadata.PrimaryIdAttribute && keys[0].Value is Guid id)
        {
            return new EntityReference(table.LogicalName, id);
        }

        var attributes = new KeyAttributeCollection();
        foreach (var (property, value) in keys)
        {
            var column = table.ColumnOfProperty(property)!;
            attributes[column.LogicalName] = SdkValues.FromOData(table.LogicalName, column, value)!;
        }

        return new EntityReference(table.LogicalName, attributes);
    }

    public static string KeyText(IEnumerable<KeyValuePair<string, object>> keys) =>
        string.Join(",", keys.Select(k => $"{k.Key}={k.Value}"));
}
