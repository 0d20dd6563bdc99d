using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Body of user/list; department 999999 is the whole company.</summary>
public sealed record UserListRequest(
    [property: JsonPropertyName("departmentId")] long DepartmentId = UserListRequest.WholeCompany,
    [property: JsonPropertyName("fetchChild")] bool FetchChild = true)
{
    public const long WholeCompany = 999999;
}
