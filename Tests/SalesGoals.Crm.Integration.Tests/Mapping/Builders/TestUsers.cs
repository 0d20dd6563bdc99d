using System;
using SalesGoals.Crm.Integration.Mapping.Users;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>Dataverse users the fixtures refer to.</summary>
public static class TestUsers
{
    public static readonly DataverseUser Li = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000001"), "li.wei@contoso.cn", true, "z-li", "Li Wei");
    public static readonly DataverseUser Wang = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000002"), "Wang.Fang@Contoso.cn", true, "z-wang", "Wang Fang");
    public static readonly DataverseUser Zhao = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000003"), "zhao.lei@contoso.cn", false, "z-zhao", "Zhao Lei (left)");
    public static readonly DataverseUser ChenA = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000004"), "chen@contoso.cn", true, "z-chen", "Chen (sales)");
    public static readonly DataverseUser ChenB = new(Guid.Parse("a1a1a1a1-0000-0000-0000-000000000005"), "CHEN@contoso.cn", true, "z-chen", "Chen (service)");

    public static DataverseUser[] All => [Li, Wang, Zhao, ChenA, ChenB];
}
