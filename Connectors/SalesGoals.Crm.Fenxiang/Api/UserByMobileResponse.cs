using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of user/getByMobile.</summary>
public sealed class UserByMobileResponse : FenxiangResponse
{
    [JsonPropertyName("empList")]
    public List<EmployeeSummary> EmployeeList { get; set; } = [];
}
