using System;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>Routes one request by its parsed OData path to the operation that serves it, and turns every refusal
/// into Dataverse's status and error body.</summary>
public sealed class WebApiProcessor
{
    private readonly DataverseEdm _edm;
    private readonly ReferenceResolver _references;

    public WebApiProcessor(DataverseEdm edm, Uri serviceRoot)
    {
        _edm = edm ?? throw new ArgumentNullException(nameof(edm));
        _references = new ReferenceResolver(edm, serviceRoot);
    }

    public Uri ServiceRoot => _references.ServiceRoot;

    public ApiResponse Process(ApiRequest request, IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var parser = _references.Parser(request.Url);
            var path = Parse(parser, request.Url);
            return Route(new OperationContext(request, parser, path, _edm, _references, service));
        }
        catch (Exception exception) when (FaultTranslator.Translate(exception) is { } response)
        {
            return response;
        }
    }

    private static ODataPath Parse(ODataUriParser parser, Uri url)
    {
        try
        {
            return parser.ParsePath();
        }
        catch (ODataException exception)
        {
            var status = exception is ODataUnrecognizedPathException ? 404 : 400;
            throw new WebApiException(status, WebApiErrorCodes.InvalidUrlOrProperty, exception.Message + $" ({url.AbsolutePath})", exception);
        }
    }

    private ApiResponse Route(OperationContext context)
    {
        var method = context.Request.Method.ToUpperInvariant();
        var segments = context.Path.ToList();
        switch (segments)
        {
            case [MetadataSegment] when method == "GET":
                return Metadata();
            case [EntitySetSegment set] when method == "GET":
                return QueryOperation.Collection(context, Table(set));
            case [EntitySetSegment set] when method == "POST":
                return WriteOperation.Create(context, Table(set));
            case [EntitySetSegment set, KeySegment key] when method == "GET":
                return QueryOperation.Single(context, Table(set), key);
            case [EntitySetSegment set, KeySegment key] when method == "PATCH":
                return WriteOperation.Patch(context, Table(set), key);
            case [EntitySetSegment set, KeySegment key] when method == "DELETE":
                return WriteOperation.Delete(context, Table(set), key);
            case [EntitySetSegment set, OperationSegment operation] when method == "POST" && operation.Operations.Single().Name == DataverseEdm.UpsertMultiple:
                return UpsertMultipleOperation.Execute(context, Table(set), operation.Operations.Single());
            case [OperationImportSegment import] when method == "POST" && import.OperationImports.Single() is Microsoft.OData.Edm.IEdmActionImport action:
                return CustomApiOperation.Execute(context, action);
            default:
                throw new WebApiException(405, WebApiErrorCodes.InvalidUrlOrProperty,
                    $"The local Web API does not serve {method} {context.Request.Url.AbsolutePath}.");
        }
    }

    private EdmTable Table(EntitySetSegment set) => _edm.TableOfSet(set.EntitySet.Name)!;

    private ApiResponse Metadata()
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer))
        {
            CsdlWriter.TryWriteCsdl(_edm.Model, xml, CsdlTarget.OData, out _);
        }

        return new ApiResponse(200, buffer.ToArray()).With("Content-Type", "application/xml").With("OData-Version", "4.0");
    }
}
