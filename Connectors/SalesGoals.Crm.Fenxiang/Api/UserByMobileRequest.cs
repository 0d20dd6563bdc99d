using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Body of user/getByMobile (fields at the top level, no <c>data</c>).</summary>
public sealed record UserByMobileRequest([property: JsonPropertyName("mobile")] string Mobile);
