using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Batch;

/// <summary>
/// <c>POST $batch</c> (multipart/mixed), read and written by the OData batch reader and writer. Each operation is served
/// as if it came alone; without <c>Prefer: odata.continue-on-error</c> the batch stops at the first failed operation, as
/// Dataverse does. At most 1000 operations per batch (Dataverse's limit). Change sets are refused: the local Dataverse
/// has no public transaction spanning several Web API operations.
/// </summary>
public sealed class BatchProcessor
{
    public const int MaxOperations = 1000;
    private readonly DataverseEdm _edm;
    private readonly WebApiProcessor _processor;

    public BatchProcessor(DataverseEdm edm, WebApiProcessor processor)
    {
        _edm = edm;
        _processor = processor;
    }

    public (ApiResponse Response, int Operations) Process(ApiRequest request, IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(request);
        var continueOnError = Preferences.Parse(request.Header("Prefer")).ContinueOnError;
        var results = new List<(string? ContentId, ApiResponse Response)>();
        try
        {
            var settings = EntityPayloadReader.Settings(_processor.ServiceRoot);
            settings.MessageQuotas = new ODataMessageQuotas { MaxPartsPerBatch = MaxOperations, MaxOperationsPerChangeset = MaxOperations, MaxReceivedMessageSize = 256L * 1024 * 1024 };
            using var message = new ODataMessageReader(new ODataMessage(request.Url, request.Method, request.Headers, request.Body), settings, _edm.Model);
            var reader = message.CreateODataBatchReader();
            while (reader.Read())
            {
                if (reader.State == ODataBatchReaderState.ChangesetStart)
                {
                    throw new WebApiException(400, WebApiErrorCodes.PayloadError, "Change sets are not supported by the local Web API; send the operations outside a change set.");
                }

                if (reader.State != ODataBatchReaderState.Operation)
                {
                    continue;
                }

                var operation = reader.CreateOperationRequestMessage();
                using var body = new MemoryStream();
                using (var stream = operation.GetStream())
                {
                    stream.CopyTo(body);
                }

                var headers = operation.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
                var response = _processor.Process(new ApiRequest(operation.Method, operation.Url, headers, body.ToArray()), service);
                results.Add((operation.ContentId, response));
                if (!response.IsSuccess && !continueOnError)
                {
                    break;
                }
            }
        }
        catch (ODataException exception)
        {
            return (ErrorBody.Response(400, WebApiErrorCodes.PayloadError, "The $batch request is not valid: " + exception.Message), results.Count);
        }
        catch (WebApiException exception)
        {
            return (FaultTranslator.Translate(exception)!, results.Count);
        }

        return (Write(results), results.Count);
    }

    private ApiResponse Write(List<(string? ContentId, ApiResponse Response)> results)
    {
        var message = new ODataResponseMessage();
        using (var writer = new ODataMessageWriter(message, new ODataMessageWriterSettings { BaseUri = _processor.ServiceRoot, EnableMessageStreamDisposal = false }, _edm.Model))
        {
            var batch = writer.CreateODataBatchWriter();
            batch.WriteStartBatch();
            foreach (var (contentId, response) in results)
            {
                var part = batch.CreateOperationResponseMessage(contentId);
                part.StatusCode = response.Status;
                foreach (var (name, value) in response.Headers)
                {
                    part.SetHeader(name, value);
                }

                if (response.Body.Length > 0)
                {
                    using var stream = part.GetStream();
                    stream.Write(response.Body);
                }
            }

            batch.WriteEndBatch();
        }

        var result = new ApiResponse(200, message.Body.ToArray());
        foreach (var (name, value) in message.Headers)
        {
            result.With(name, value);
        }

        return result.With("OData-Version", "4.0");
    }
}
