using System.Linq;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Contracts;

[TestClass]
public sealed class ZohoErrorSampleTests
{
    [TestMethod]
    [DataRow("error_invalid_token_401.json", 401, ZohoErrorKind.InvalidToken, null)]
    [DataRow("error_authentication_failure_401.json", 401, ZohoErrorKind.AuthenticationFailure, null)]
    [DataRow("error_oauth_scope_mismatch_401.json", 401, ZohoErrorKind.OAuthScopeMismatch, null)]
    [DataRow("error_invalid_module_400.json", 400, ZohoErrorKind.InvalidModule, null)]
    [DataRow("error_invalid_data_phone_400.json", 400, ZohoErrorKind.InvalidData, "Phone")]
    [DataRow("error_duplicate_data_400.json", 400, ZohoErrorKind.DuplicateData, "$.data[0].Unique_1")]
    [DataRow("error_mandatory_not_found_400.json", 400, ZohoErrorKind.MandatoryNotFound, "$.data.service.id")]
    [DataRow("error_required_param_missing_fields_400.json", 400, ZohoErrorKind.RequiredParamMissing, null)]
    [DataRow("error_limit_exceeded_fields_400.json", 400, ZohoErrorKind.LimitExceeded, null)]
    [DataRow("error_discrete_pagination_400.json", 400, ZohoErrorKind.DiscretePaginationLimitExceeded, null)]
    [DataRow("error_pagination_limit_400.json", 400, ZohoErrorKind.PaginationLimitExceeded, null)]
    [DataRow("error_already_modified_412.json", 412, ZohoErrorKind.AlreadyModified, null)]
    [DataRow("coql_error_invalid_limit.json", 400, ZohoErrorKind.InvalidQuery, null)]
    [DataRow("token_error_response.json", 200, ZohoErrorKind.TokenInvalidCode, null)]
    public void Parse_PublishedSample_GivesTypedOutcome(string sample, int status, ZohoErrorKind expected, string? fieldPath)
    {
        var body = SharedContracts.ZohoSample(sample);

        var error = ZohoErrorParser.Parse(status, body);

        Assert.AreEqual(expected, error.Kind);
        Assert.AreEqual(status, error.HttpStatus);
        Assert.AreEqual(fieldPath, error.FieldPath);
    }

    [TestMethod]
    public void Parse_EveryErrorSampleInTheContracts_IsNeverUnknown()
    {
        var errorSamples = SharedContracts.ZohoSampleNames().Where(n => n.Contains("error", System.StringComparison.Ordinal)).ToList();

        var unknown = errorSamples.Where(n => ZohoErrorParser.Parse(400, SharedContracts.ZohoSample(n)).Kind == ZohoErrorKind.Unknown).ToList();

        Assert.IsGreaterThanOrEqualTo(14, errorSamples.Count);
        Assert.IsEmpty(unknown, "Unmapped error samples: " + string.Join(", ", unknown));
    }

    [TestMethod]
    public void Parse_LimitExceededSample_KeepsTheParamAndLimitDetails()
    {
        var error = ZohoErrorParser.Parse(400, SharedContracts.ZohoSample("error_limit_exceeded_fields_400.json"));

        Assert.AreEqual("fields", error.Details!["param_name"]);
        Assert.AreEqual("50", error.Details["limit"]);
    }

    [TestMethod]
    [DataRow("invalid_code", ZohoErrorKind.TokenInvalidCode)]
    [DataRow("invalid_client", ZohoErrorKind.TokenInvalidClient)]
    [DataRow("Access Denied", ZohoErrorKind.TokenThrottled)]
    public void FromTokenError_OAuthErrorWord_GivesTokenKind(string word, ZohoErrorKind expected)
    {
        var error = ZohoErrorParser.Parse(200, $$"""{"error":"{{word}}"}""");

        Assert.AreEqual(expected, error.Kind);
        Assert.IsFalse(string.IsNullOrEmpty(error.Message));
    }

    [TestMethod]
    [DataRow(429, "", ZohoErrorKind.TooManyRequests, true)]
    [DataRow(503, "<html>busy</html>", ZohoErrorKind.InternalError, true)]
    [DataRow(400, "", ZohoErrorKind.Unknown, false)]
    public void Parse_BodilessStatus_MapsFromTheStatus(int status, string body, ZohoErrorKind expected, bool transient)
    {
        var error = ZohoErrorParser.Parse(status, body);

        Assert.AreEqual(expected, error.Kind);
        Assert.AreEqual(transient, error.IsTransient);
    }
}
