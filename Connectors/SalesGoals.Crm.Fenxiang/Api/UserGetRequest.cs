using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Body of user/get.</summary>
public sealed record UserGetRequest([property: JsonPropertyName("openUserId")] string OpenUserId);
