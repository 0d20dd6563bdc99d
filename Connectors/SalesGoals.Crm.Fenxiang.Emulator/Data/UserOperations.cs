using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary><c>/cgi/user/getByMobile</c>, <c>/cgi/user/get</c>, <c>/cgi/user/list</c>. Ids are FSUID_… with
/// legacy authentication and plain employee ids with header authentication. There is no lookup by email.</summary>
internal static class UserOperations
{
    public static JsonObject GetByMobile(TenantState tenant, RequestContext context)
    {
        var mobile = JsonValues.AsString(context.Body["mobile"])
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "mobile is required");
        var matches = tenant.EmployeeList.Where(e => e.Mobile == mobile)
            .Select(e => (JsonNode?)new JsonObject { ["openUserId"] = Id(e, context), ["name"] = e.Name })
            .ToArray();
        return new JsonObject { ["empList"] = new JsonArray(matches) };
    }

    public static JsonObject Get(TenantState tenant, RequestContext context)
    {
        var id = JsonValues.AsString(context.Body["openUserId"])
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "openUserId is required");
        var employee = tenant.Employee(id) ?? throw new EmulatorException(EmulatorErrorCodes.OpenUserIdNotFound, $"openUserId {id} not found");
        return Describe(employee, context);
    }

    public static JsonObject List(TenantState tenant, RequestContext context)
    {
        var users = tenant.EmployeeList.OrderBy(e => e.EmployeeId, System.StringComparer.Ordinal)
            .Select(e => (JsonNode?)Describe(e, context)).ToArray();
        return new JsonObject { ["userList"] = new JsonArray(users) };
    }

    private static JsonObject Describe(EmulatedEmployee employee, RequestContext context)
    {
        var user = new JsonObject
        {
            ["openUserId"] = Id(employee, context),
            ["account"] = employee.Mobile ?? employee.EmployeeId,
            ["name"] = employee.Name,
            ["isStop"] = employee.IsStop,
            ["departmentIds"] = new JsonArray(employee.MainDepartmentId),
            ["mainDepartmentId"] = employee.MainDepartmentId,
            ["employeeNumber"] = employee.EmployeeId,
        };
        if (employee.Email is { } email)
        {
            user["email"] = email;
        }

        if (employee.Mobile is { } mobile)
        {
            user["mobile"] = mobile;
        }

        if (employee.LeaderId is { } leader)
        {
            user["leaderId"] = context.UsesOpenUserIds ? EmulatedEmployee.OpenUserIdFor(leader) : leader;
        }

        return user;
    }

    private static string Id(EmulatedEmployee employee, RequestContext context) =>
        context.UsesOpenUserIds ? employee.OpenUserId : employee.EmployeeId;
}
