using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>An unbound Custom API action (<c>POST [Organization URI]/api/data/v9.2/sg_EvaluatePace</c>): parameters read by the
/// OData parameter reader, run as the Custom API's message, response properties returned as <c>{name}Response</c>.</summary>
internal static class CustomApiOperation
{
    public static ApiResponse Execute(OperationContext context, IEdmActionImport import)
    {
        var api = context.Edm.CustomApi(import.Name)!;
        var request = new OrganizationRequest(api.UniqueName);
        if (context.Request.Body.Length > 0)
        {
            try
            {
                using var message = new ODataMessageReader(
                    new ODataMessage(context.Request.Url, context.Request.Method, context.Request.Headers, context.Request.Body),
                    EntityPayloadReader.Settings(context.References.ServiceRoot),
                    context.Edm.Model);
                var parameters = message.CreateODataParameterReader(import.Action);
                while (parameters.Read())
                {
                    if (parameters.State == ODataParameterReaderState.Value)
                    {
                        request[parameters.Name] = Value(parameters.Value);
                    }
                }
            }
            catch (ODataException exception)
            {
                throw new WebApiException(400, WebApiErrorCodes.PayloadError, $"{api.UniqueName}: {exception.Message}", exception);
            }
        }

        var response = context.Service.Execute(request);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@odata.context", $"{context.References.ServiceRoot}$metadata#{DataverseEdm.Namespace}.{api.UniqueName}Response");
            foreach (var property in api.ResponseProperties)
            {
                json.WritePropertyName(property.UniqueName);
                WriteValue(json, response.Results.TryGetValue(property.UniqueName, out var value) ? value : null);
            }

            json.WriteEndObject();
        }

        return api.ResponseProperties.Count == 0 ? new ApiResponse(204) : ApiResponse.Json(200, buffer.ToArray());
    }

    private static object? Value(object? value) => value switch
    {
        DateTimeOffset or DateOnly => ODataDates.ToDateTime(value),
        ODataNullValue => null,
        _ => value,
    };

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case Guid id: json.WriteStringValue(id); break;
            case int number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case DateTime date: json.WriteStringValue(DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)); break;
            case Money money: json.WriteNumberValue(money.Value); break;
            case OptionSetValue option: json.WriteNumberValue(option.Value); break;
            case EntityReference reference: json.WriteStringValue(reference.Id); break;
            case string[] texts:
                json.WriteStartArray();
                foreach (var text in texts)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
