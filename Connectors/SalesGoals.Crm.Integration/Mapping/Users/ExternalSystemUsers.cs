using System;

namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>Vendor accounts that own records but are no person: Fenxiang's system user <c>-10000</c> (系统) owns
/// what flows, imports and integrations create. A deal it owns credits no rep, so it must stay unmatched, and be
/// reported, until someone reassigns it.</summary>
public static class ExternalSystemUsers
{
    public const string FenxiangSystemUserId = "-10000";

    public static bool IsSystemUser(ExternalSystem system, string? externalUserId) =>
        system == ExternalSystem.Fenxiang && string.Equals(externalUserId, FenxiangSystemUserId, StringComparison.Ordinal);
}
