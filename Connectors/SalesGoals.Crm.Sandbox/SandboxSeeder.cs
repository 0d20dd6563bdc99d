using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.Zoho.Emulator;

namespace SalesGoals.Crm.Sandbox;

/// <summary>The sample data: one manager, four reps in Dataverse (three also in Zoho, three in Fenxiang), a year
/// goal tree in CNY, deals across stages in both external CRMs, and a few opportunities won in Dataverse itself.</summary>
internal static class SandboxSeeder
{
    public const decimal CompanyTarget = 3_000_000m;
    private const string ManagerEmail = "zhang.wei@" + ExamplePlanPeople.Domain;

    /// <param name="dealsWeek">The Monday of a week of won deals to add (<see cref="WeekOfDeals"/>), or null.</param>
    public static SandboxSeed Seed(LocalDataverseEnvironment env, ZohoEmulator zoho, FenxiangEmulator fenxiang, DateOnly today, DateTimeOffset externalNow, DateOnly? dealsWeek = null)
    {
        var start = new DateOnly(today.Year, 1, 1);
        var end = new DateOnly(today.Year, 12, 31);
        DateOnly Past(int days) => Max(start, today.AddDays(-days));
        DateOnly Future(int days) => Min(end, today.AddDays(days));

        var dataverse = new DataverseSeeder(env);
        (string Name, string Email)[] reps =
        [
            ("Li Na", "li.na@contoso.com"), ("Wang Fang", "wang.fang@contoso.com"),
            ("Chen Jie", "chen.jie@contoso.com"), ("Liu Yang", "liu.yang@contoso.com"),
        ];
        var (managerId, repIds) = dataverse.People("Zhang Wei", ManagerEmail, reps);
        var goals = dataverse.Goals(managerId, repIds, start, end, CompanyTarget);
        // The Web API signs every caller in as the environment's application user (here SYSTEM), as `run` and `sg` sign in
        // to a real organization; ops give that user the Sales Goal Manager role so that `sg plan apply` may set targets.
        env.Seed.AssignRole(env.SystemUserId, DataverseSeeder.GoalManagerRole);
        var users = ExamplePlanPeople.Seed(dataverse, managerId, reps.Select((r, i) => (r.Email, Id: repIds[i])).ToDictionary(p => p.Email, p => p.Id));

        var external = new ExternalCrmSeeder(zoho, fenxiang, externalNow.AddMinutes(-10));
        var people = new List<SandboxPerson>();
        for (var i = 0; i < reps.Length; i++)
        {
            var (name, email) = reps[i];
            var zohoId = i <= 2 ? external.ZohoUser(name, email) : null;
            var fenxiangId = i >= 1 ? external.FenxiangEmployee(name, email) : null;
            people.Add(new SandboxPerson(name, email, repIds[i], zohoId, fenxiangId));
        }

        var (li, wang, chen, liu) = (people[0], people[1], people[2], people[3]);
        external.ZohoDeal(li.ZohoUserId!, li.Email, "Huadong Steel · expansion", "Closed Won", 120_000m, "CNY", Past(40));
        external.ZohoDeal(li.ZohoUserId!, li.Email, "Xinyu Logistics · renewal", "Closed Lost", 45_000m, "CNY", Past(20));
        external.ZohoDeal(li.ZohoUserId!, li.Email, "Jinan Pharma · pilot", "Negotiation/Review", 80_000m, "CNY", Future(30));
        external.ZohoDeal(wang.ZohoUserId!, wang.Email, "Pacific Foods · US rollout", "Closed Won", 20_000m, "USD", Past(15));
        external.ZohoDeal(wang.ZohoUserId!, wang.Email, "Ningbo Port · analytics", "Qualification", 60_000m, "CNY", Future(45));
        external.ZohoDeal(chen.ZohoUserId!, chen.Email, "Suzhou Optics · licences", "Closed Won", 95_000m, "CNY", Past(60));
        external.ZohoDeal(chen.ZohoUserId!, chen.Email, "Hefei Auto · services", "Closed Lost to Competition", 30_000m, "CNY", Past(10));
        external.FenxiangDeal(wang.FenxiangEmployeeId!, wang.Email, "杭州云图 · 平台升级", "2", 150_000m, Past(25));
        external.FenxiangDeal(wang.FenxiangEmployeeId!, wang.Email, "宁波港 · 数据中台", "1", 70_000m, Future(20));
        external.FenxiangDeal(chen.FenxiangEmployeeId!, chen.Email, "苏州光电 · 二期", "2", 88_000m, Past(30));
        external.FenxiangDeal(chen.FenxiangEmployeeId!, chen.Email, "合肥汽车 · 维保", "3", 40_000m, Past(5));
        external.FenxiangDeal(liu.FenxiangEmployeeId!, liu.Email, "成都医疗 · 信息化", "2", 210_000m, Past(50));
        external.FenxiangDeal(liu.FenxiangEmployeeId!, liu.Email, "重庆物流 · 调度", "3", 25_000m, Past(12));
        external.FenxiangDeal(liu.FenxiangEmployeeId!, liu.Email, "武汉教育 · 智慧校园", "1", 130_000m, Future(60));

        (Guid, string, decimal, DateOnly)[] wins =
        [
            (li.UserId, "Dataverse · Shanghai Metro ticketing", 200_000m, Past(35)),
            (wang.UserId, "Dataverse · Hangzhou Bank CRM", 150_000m, Past(28)),
            (chen.UserId, "Dataverse · Nanjing Retail POS", 90_000m, Past(18)),
            (liu.UserId, "Dataverse · Chengdu Hospital portal", 60_000m, Past(8)),
        ];
        dataverse.WinOpportunities(wins);
        var weekWins = new List<(Guid, string, decimal, DateOnly, int?)>();
        if (dealsWeek is DateOnly monday)
        {
            foreach (var (day, owner, name, amount) in WeekOfDeals.ZohoWins)
            {
                var rep = people.Single(p => p.Email == WeekOfDeals.Email(owner));
                external.ZohoDeal(rep.ZohoUserId!, rep.Email, name, "Closed Won", amount, "CNY", monday.AddDays(day));
            }

            foreach (var (day, owner, name, amount) in WeekOfDeals.FenxiangWins)
            {
                var rep = people.Single(p => p.Email == WeekOfDeals.Email(owner));
                external.FenxiangDeal(rep.FenxiangEmployeeId!, rep.Email, name, "2", amount, monday.AddDays(day));
            }

            weekWins.AddRange(WeekOfDeals.DataverseWins.Select(w =>
                (users[WeekOfDeals.Email(w.Owner)], "Dataverse · " + w.Name, w.Amount, monday.AddDays(w.Day), (int?)w.ProductLine)));
            dataverse.WinOpportunities(weekWins);
        }

        return new SandboxSeed
        {
            Today = today,
            PeriodStart = start,
            PeriodEnd = end,
            Currencies = dataverse.Currencies,
            ExchangeRates = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["CNY"] = 1m, ["USD"] = DataverseSeeder.UsdPerCny },
            Manager = new SandboxPerson("Zhang Wei", ManagerEmail, managerId, null, null),
            Reps = people,
            CompanyGoalId = goals.Company,
            RepGoalIds = goals.Reps,
            GoalsActivated = goals.Activated,
            ExternalDeals = external.Deals,
            DataverseWins = [.. wins.Select(w => (w.Item1, w.Item3)), .. weekWins.Select(w => (w.Item1, w.Item3))],
            DealsWeek = dealsWeek,
            Users = users,
            Notes = dataverse.Notes,
        };
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
