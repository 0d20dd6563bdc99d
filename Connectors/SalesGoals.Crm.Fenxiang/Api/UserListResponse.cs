using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of user/list.</summary>
public sealed class UserListResponse : FenxiangResponse
{
    [JsonPropertyName("userList")]
    public List<FenxiangUser> UserList { get; set; } = [];
}
