using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>An employee as user/get and user/list return it.</summary>
public class FenxiangUser : FenxiangResponse
{
    [JsonPropertyName("openUserId")]
    public string? OpenUserId { get; set; }

    [JsonPropertyName("account")]
    public string? Account { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("mobile")]
    public string? Mobile { get; set; }

    [JsonPropertyName("isStop")]
    public bool IsStop { get; set; }

    [JsonPropertyName("departmentIds")]
    public List<long>? DepartmentIds { get; set; }

    [JsonPropertyName("mainDepartmentId")]
    public long? MainDepartmentId { get; set; }

    [JsonPropertyName("employeeNumber")]
    public string? EmployeeNumber { get; set; }

    [JsonPropertyName("leaderId")]
    public string? LeaderId { get; set; }
}
