using System.Globalization;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>An employee of the emulated enterprise. <see cref="EmployeeId"/> is the plain id ("1000") that
/// header authentication uses; <see cref="OpenUserId"/> the FSUID_… that legacy authentication uses.</summary>
public sealed record EmulatedEmployee(
    string EmployeeId,
    string Name,
    string? Mobile = null,
    string? Email = null,
    bool IsStop = false,
    long MainDepartmentId = 1000,
    string? LeaderId = null)
{
    public const string OpenUserIdPrefix = "FSUID_";

    public string OpenUserId => OpenUserIdFor(EmployeeId);

    public static string OpenUserIdFor(string employeeId) =>
        OpenUserIdPrefix + employeeId.PadLeft(32, '0').ToUpper(CultureInfo.InvariantCulture);
}
