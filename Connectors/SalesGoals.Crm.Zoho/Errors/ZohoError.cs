using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Errors;

/// <summary>One Zoho error, whole-call or per-record, reduced to what callers act on.</summary>
/// <param name="Kind">The typed outcome.</param>
/// <param name="Code">Zoho's code as sent (INVALID_DATA, invalid_code...).</param>
/// <param name="Message">Zoho's message.</param>
/// <param name="HttpStatus">HTTP status of the answer (0 when unknown).</param>
/// <param name="ApiName"><c>details.api_name</c>: the field the error names.</param>
/// <param name="JsonPath"><c>details.json_path</c>: where in the request body, e.g. <c>$.data[1].Company</c>.</param>
/// <param name="Details">Every detail as text, for logs.</param>
public sealed record ZohoError(
    ZohoErrorKind Kind,
    string Code,
    string? Message,
    int HttpStatus,
    string? ApiName = null,
    string? JsonPath = null,
    IReadOnlyDictionary<string, string>? Details = null)
{
    /// <summary>True when sending the same thing again later may succeed.</summary>
    public bool IsTransient => ZohoErrorClassifier.IsTransient(Kind);

    /// <summary>The field path to report: json_path when Zoho gives one, else the field's api name.</summary>
    public string? FieldPath => JsonPath ?? ApiName;

    public override string ToString() =>
        $"{Code} ({HttpStatus}): {Message}{(FieldPath is null ? string.Empty : " at " + FieldPath)}";
}
