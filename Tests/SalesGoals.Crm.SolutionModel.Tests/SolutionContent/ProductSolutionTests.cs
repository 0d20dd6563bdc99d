using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Standard;
using SalesGoals.Crm.SolutionModel.Tests.Support;
using SalesGoals.Crm.SolutionModel.Validation;

namespace SalesGoals.Crm.SolutionModel.Tests.SolutionContent;

/// <summary>The product's own unpacked solution under Solution/: what the plug-ins, the connector and
/// the local Dataverse rely on.</summary>
[TestClass]
public sealed class ProductSolutionTests
{
    private static readonly Lazy<SolutionDefinition> Loaded = new(() => SolutionReader.Load(TestPaths.ProductSolution));

    private static SolutionDefinition Solution => Loaded.Value;

    private static TableDefinition Table(string logicalName) =>
        Solution.Tables.SingleOrDefault(t => t.LogicalName == logicalName) ?? throw new AssertFailedException($"table {logicalName} is missing");

    private static ColumnDefinition Column(string table, string column) =>
        Table(table).FindColumn(column) ?? throw new AssertFailedException($"column {table}.{column} is missing");

    [TestMethod]
    public void Load_ProductSolution_HasManifestPublisherAndBothLanguages()
    {
        Assert.AreEqual("SalesGoals", Solution.UniqueName);
        Assert.AreEqual("1.0.0.0", Solution.Version);
        Assert.AreEqual(new PublisherDefinition("salesgoals", "sg", 10000), Solution.Publisher);
        CollectionAssert.AreEquivalent(new[] { 1033, 2052 }, Solution.Languages.ToArray());
        Assert.AreEqual("销售目标", Solution.DisplayNames[2052]);
    }

    [TestMethod]
    [DataRow("sg_goal", "sg_goalid", "sg_name", OwnershipType.UserOwned, "Sales Goal", "销售目标")]
    [DataRow("sg_metric", "sg_metricid", "sg_name", OwnershipType.OrganizationOwned, "Goal Metric", "目标指标")]
    [DataRow("sg_goalcontribution", "sg_goalcontributionid", "sg_name", OwnershipType.UserOwned, "Goal Contribution", "目标贡献")]
    [DataRow("sg_seasonalityprofile", "sg_seasonalityprofileid", "sg_name", OwnershipType.OrganizationOwned, "Seasonality Profile", "季节性配置")]
    [DataRow("sg_workingdaycalendar", "sg_workingdaycalendarid", "sg_name", OwnershipType.OrganizationOwned, "Working-day Calendar", "工作日历")]
    [DataRow("sg_calendarexception", "sg_calendarexceptionid", "sg_name", OwnershipType.OrganizationOwned, "Calendar Exception", "日历例外")]
    [DataRow("sg_assigneecapacity", "sg_assigneecapacityid", "sg_name", OwnershipType.OrganizationOwned, "Assignee Capacity", "人员产能")]
    [DataRow("sg_goaladjustment", "sg_goaladjustmentid", "sg_name", OwnershipType.UserOwned, "Goal Adjustment", "目标调整")]
    [DataRow("sg_goaladjustmentline", "sg_goaladjustmentlineid", "sg_name", OwnershipType.UserOwned, "Goal Adjustment Line", "目标调整明细")]
    [DataRow("sg_goalhistory", "sg_goalhistoryid", "sg_name", OwnershipType.UserOwned, "Goal History", "目标历史")]
    [DataRow("sg_goalalert", "sg_goalalertid", "sg_name", OwnershipType.UserOwned, "Goal Alert", "目标预警")]
    [DataRow("sg_externalactual", "sg_externalactualid", "sg_name", OwnershipType.OrganizationOwned, "External Actual", "外部实际")]
    [DataRow("sg_playbook", "sg_playbookid", "sg_name", OwnershipType.OrganizationOwned, "Sales Playbook", "销售作战手册")]
    [DataRow("sg_goalsetting", "sg_goalsettingid", "sg_name", OwnershipType.OrganizationOwned, "Goal Setting", "目标设置")]
    [DataRow("sg_fieldmapping", "sg_fieldmappingid", "sg_name", OwnershipType.OrganizationOwned, "Field Mapping", "字段映射")]
    [DataRow("sg_valuemapping", "sg_valuemappingid", "sg_name", OwnershipType.OrganizationOwned, "Value Mapping", "值映射")]
    [DataRow("sg_usermapping", "sg_usermappingid", "sg_name", OwnershipType.OrganizationOwned, "User Mapping", "用户映射")]
    [DataRow("sg_syncstate", "sg_syncstateid", "sg_name", OwnershipType.OrganizationOwned, "Sync State", "同步状态")]
    public void Load_ProductSolution_HasCustomTable(string logicalName, string primaryId, string primaryName, OwnershipType ownership, string english, string chinese)
    {
        var table = Table(logicalName);

        Assert.IsTrue(table.IsCustom);
        Assert.IsFalse(table.IsExtensionOfStandardTable);
        Assert.AreEqual(primaryId, table.PrimaryIdAttribute);
        Assert.AreEqual(primaryName, table.PrimaryNameAttribute);
        Assert.AreEqual(ownership, table.Ownership);
        Assert.AreEqual(english, table.DisplayNames[1033]);
        Assert.AreEqual(chinese, table.DisplayNames[2052]);
        Assert.AreEqual(ColumnType.State, table.FindColumn("statecode")?.Type);
        Assert.IsNull(table.FindColumn("versionnumber"), "the platform adds versionnumber to every table; exports never declare it");
    }

    [TestMethod]
    public void Load_ProductSolution_EveryTableColumnAndOptionHasEnglishAndChineseLabels()
    {
        var missing = new List<string>();
        foreach (var table in Solution.Tables)
        {
            RequireBoth(table.DisplayNames, $"table {table.LogicalName}", missing);
            foreach (var column in table.Columns)
            {
                RequireBoth(column.DisplayNames, $"{table.LogicalName}.{column.LogicalName}", missing);
                foreach (var option in column.OptionSet?.Options ?? [])
                {
                    RequireBoth(option.Labels, $"{table.LogicalName}.{column.LogicalName} option {option.Value}", missing);
                }
            }
        }

        foreach (var option in Solution.GlobalOptionSets.SelectMany(o => o.Options.Select(v => (o.Name, v))))
        {
            RequireBoth(option.v.Labels, $"option set {option.Name} option {option.v.Value}", missing);
        }

        Assert.IsEmpty(missing, string.Join(Environment.NewLine, missing));
    }

    [TestMethod]
    [DataRow("sg_metric", "sg_metric_code", "sg_code")]
    [DataRow("sg_goalcontribution", "sg_goalcontribution_source", "sg_goalid,sg_sourcetable,sg_sourceid,sg_metricid")]
    [DataRow("sg_externalactual", "sg_externalactual_source", "sg_sourcesystem,sg_externalid")]
    [DataRow("sg_calendarexception", "sg_calendarexception_date", "sg_calendarid,sg_date")]
    [DataRow("sg_usermapping", "sg_usermapping_external", "sg_system,sg_externaluserid")]
    [DataRow("sg_valuemapping", "sg_valuemapping_external", "sg_system,sg_kind,sg_externalvalue")]
    [DataRow("sg_syncstate", "sg_syncstate_object", "sg_system,sg_object")]
    [DataRow("sg_assigneecapacity", "sg_assigneecapacity_user", "sg_userid")]
    public void Load_ProductSolution_HasAlternateKey(string table, string key, string columns)
    {
        var definition = Table(table).Keys.SingleOrDefault(k => k.LogicalName == key);

        Assert.IsNotNull(definition, $"{table} has no key {key}");
        CollectionAssert.AreEqual(columns.Split(','), definition.Columns.ToArray());
    }

    [TestMethod]
    [DataRow("sg_goal", "sg_assigneeuserid", "systemuser")]
    [DataRow("sg_goal", "sg_assigneeteamid", "team")]
    [DataRow("sg_goal", "sg_managerid", "systemuser")]
    [DataRow("sg_goal", "sg_metricid", "sg_metric")]
    [DataRow("sg_goal", "sg_parentgoalid", "sg_goal")]
    [DataRow("sg_goal", "sg_seasonalityprofileid", "sg_seasonalityprofile")]
    [DataRow("sg_goal", "sg_calendarid", "sg_workingdaycalendar")]
    [DataRow("sg_goal", "transactioncurrencyid", "transactioncurrency")]
    [DataRow("sg_metric", "sg_numeratormetricid", "sg_metric")]
    [DataRow("sg_goalcontribution", "sg_goalid", "sg_goal")]
    [DataRow("sg_goaladjustmentline", "sg_adjustmentid", "sg_goaladjustment")]
    [DataRow("sg_goalhistory", "sg_adjustmentid", "sg_goaladjustment")]
    [DataRow("sg_playbook", "sg_teamid", "team")]
    [DataRow("sg_usermapping", "sg_userid", "systemuser")]
    public void Load_ProductSolution_LookupTargetsComeFromRelationships(string table, string column, string target)
    {
        var lookup = Column(table, column);

        Assert.AreEqual(ColumnType.Lookup, lookup.Type);
        CollectionAssert.AreEqual(new[] { target }, lookup.Targets.ToArray());
    }

    [TestMethod]
    public void Load_ProductSolution_GoalPeriodIsDateOnlyAndValuesAreDecimal()
    {
        foreach (var name in new[] { "sg_periodstart", "sg_periodend" })
        {
            var column = Column("sg_goal", name);
            Assert.AreEqual(ColumnType.DateTime, column.Type);
            Assert.AreEqual(DateTimeColumnBehavior.DateOnly, column.DateTimeBehavior);
            Assert.IsTrue(column.IsDateOnlyFormat);
        }

        foreach (var name in new[] { "sg_basevalue", "sg_targetvalue", "sg_stretchvalue", "sg_actual", "sg_expectedtodate" })
        {
            Assert.AreEqual(ColumnType.Decimal, Column("sg_goal", name).Type, name);
        }

        Assert.AreEqual(RequiredLevel.ApplicationRequired, Column("sg_goal", "sg_targetvalue").RequiredLevel);
        Assert.AreEqual(0m, Column("sg_goal", "sg_targetvalue").MinValue);
    }

    [TestMethod]
    [DataRow("sg_periodtype", 100000000, "Year", "年")]
    [DataRow("sg_periodtype", 100000003, "Week", "周")]
    [DataRow("sg_periodtype", 100000005, "Custom", "自定义")]
    [DataRow("sg_goalstatus", 100000000, "Draft", "草稿")]
    [DataRow("sg_goalstatus", 100000002, "Closed", "已关闭")]
    [DataRow("sg_pacestatus", 100000002, "At Risk", "有风险")]
    [DataRow("sg_tier", 100000003, "Stretch", "超越目标")]
    [DataRow("sg_splitaxis", 100000002, "Assignee", "负责人")]
    [DataRow("sg_achievability", 100000001, "Aggressive", "激进")]
    [DataRow("sg_productline", 100000001, "Software", "软件")]
    [DataRow("sg_region", 100000001, "East China", "华东")]
    public void Load_ProductSolution_GoalChoiceHasOption(string column, int value, string english, string chinese)
    {
        var option = Column("sg_goal", column).OptionSet?.Find(value);

        Assert.IsNotNull(option, $"sg_goal.{column} has no option {value}");
        Assert.AreEqual(english, option.Labels[1033]);
        Assert.AreEqual(chinese, option.Labels[2052]);
    }

    [TestMethod]
    public void Load_ProductSolution_DimensionsUseGlobalOptionSets()
    {
        // Global choices are named in the plural: an option set named like a column that uses it
        // collides with the column's own option set on import.
        foreach (var (table, column, optionSet) in new[]
        {
            ("sg_goal", "sg_region", "sg_regions"), ("sg_externalactual", "sg_customersegment", "sg_customersegments"),
            ("opportunity", "sg_productline", "sg_productlines"), ("sg_usermapping", "sg_system", "sg_externalsystems"),
        })
        {
            var options = Column(table, column).OptionSet;
            Assert.IsNotNull(options);
            Assert.IsTrue(options.IsGlobal, $"{table}.{column}");
            Assert.AreEqual(optionSet, options.Name);
        }
    }

    [TestMethod]
    public void Load_ProductSolution_ExternalAmountIsMoneyWithBaseColumn()
    {
        var amount = Column("sg_externalactual", "sg_amount");

        Assert.AreEqual(ColumnType.Money, amount.Type);
        Assert.AreEqual("sg_amount_base", amount.BaseColumn);
        Assert.IsFalse(Column("sg_externalactual", "sg_amount_base").IsValidForCreate);
    }

    [TestMethod]
    [DataRow("opportunity", "sg_productline,sg_region,sg_customersegment,sg_isnewcustomer")]
    [DataRow("account", "sg_firstwonon,sg_region,sg_customersegment")]
    [DataRow("invoice", "sg_paidon")]
    public void Load_ProductSolution_ExtendsStandardTableWithOnlyItsColumns(string table, string columns)
    {
        var extension = Table(table);

        Assert.IsTrue(extension.IsExtensionOfStandardTable);
        Assert.IsFalse(extension.IsCustom);
        CollectionAssert.AreEquivalent(columns.Split(','), extension.Columns.Select(c => c.LogicalName).ToArray());
        Assert.AreEqual(StandardTables.Find(table)!.PrimaryIdAttribute, extension.PrimaryIdAttribute);
    }

    [TestMethod]
    public void Build_ProductSolutionCatalog_MergesAddedColumnsIntoStandardOpportunity()
    {
        var opportunity = TableCatalog.Build(Solution).Find("opportunity");

        Assert.IsNotNull(opportunity);
        Assert.IsNotNull(opportunity.FindColumn("estimatedvalue"));
        Assert.IsNotNull(opportunity.FindColumn("sg_productline"));
        Assert.AreEqual(StandardTables.Find("opportunity")!.Columns.Count + 4, opportunity.Columns.Count);
    }

    [TestMethod]
    [DataRow("Sales Goal Manager", "prvWritesg_Goal", RolePrivilegeDepth.Local)]
    [DataRow("Sales Goal Manager", "prvWritesg_GoalAdjustment", RolePrivilegeDepth.Local)]
    [DataRow("Sales Goal Manager", "prvAssignsg_Goal", RolePrivilegeDepth.Local)]
    [DataRow("Sales Goal Manager", "prvReadsg_Metric", RolePrivilegeDepth.Global)]
    [DataRow("Sales Goals Operations", "prvWritesg_Metric", RolePrivilegeDepth.Global)]
    [DataRow("Sales Goals Operations", "prvCreatesg_CalendarException", RolePrivilegeDepth.Global)]
    [DataRow("Sales Goals Operations", "prvWritesg_SyncState", RolePrivilegeDepth.Global)]
    [DataRow("Sales Rep (Goals)", "prvReadsg_Goal", RolePrivilegeDepth.Basic)]
    [DataRow("Sales Rep (Goals)", "prvCreatesg_GoalAdjustment", RolePrivilegeDepth.Basic)]
    [DataRow("Sales Rep (Goals)", "prvReadsg_Metric", RolePrivilegeDepth.Global)]
    public void Load_ProductSolution_RoleGrantsPrivilege(string role, string privilege, RolePrivilegeDepth depth)
    {
        var granted = Solution.Roles.Single(r => r.Name == role).Privileges.SingleOrDefault(p => p.Name == privilege);

        Assert.AreEqual(new RolePrivilegeDefinition(privilege, depth), granted);
    }

    [TestMethod]
    [DataRow("prvWritesg_Goal")]
    [DataRow("prvCreatesg_Goal")]
    [DataRow("prvDeletesg_Goal")]
    [DataRow("prvWritesg_GoalContribution")]
    public void Load_ProductSolution_RepRoleCannotChangeGoals(string privilege)
    {
        var rep = Solution.Roles.Single(r => r.Name == "Sales Rep (Goals)");

        Assert.IsFalse(rep.Privileges.Any(p => p.Name == privilege), $"reps must not hold {privilege}");
    }

    [TestMethod]
    public void Load_ProductSolution_EveryCustomTableHasMainFormAndSystemViews()
    {
        var missing = new List<string>();
        foreach (var table in Solution.Tables.Where(t => t.IsCustom))
        {
            if (!table.Forms.Any(f => f.FormType == "main" && f.DataFields.Contains(table.PrimaryNameAttribute!)))
            {
                missing.Add($"{table.LogicalName}: main form with the name column");
            }

            foreach (var queryType in new[] { 0, 1, 2, 4, 64 })
            {
                if (!table.Views.Any(v => v.QueryType == queryType && v.IsDefault && v.Names.ContainsKey(1033) && v.Names.ContainsKey(2052)))
                {
                    missing.Add($"{table.LogicalName}: default view of query type {queryType} named in both languages");
                }
            }
        }

        Assert.IsEmpty(missing, string.Join(Environment.NewLine, missing));
    }

    [TestMethod]
    public void Load_ProductSolution_GoalViewsShowProgressAndQuickFindSearchesTheName()
    {
        var goal = Table("sg_goal");
        var active = goal.Views.Single(v => v.QueryType == 0 && v.IsDefault);
        var quickFind = goal.Views.Single(v => v.IsQuickFind);

        CollectionAssert.IsSubsetOf(new[] { "sg_name", "sg_targetvalue", "sg_actual", "sg_attainmentpct", "sg_pacestatus", "statecode" }, active.Columns.ToArray());
        Assert.AreEqual("Active Sales Goals", active.Names[1033]);
        StringAssert.Contains(quickFind.FetchXml, "isquickfindfields=\"1\"");
        CollectionAssert.Contains(Table("sg_goal").Forms.Single().DataFields.ToArray(), "sg_targetvalue");
    }

    [TestMethod]
    public void Validate_ProductSolution_HasNoProblems()
    {
        var problems = SolutionValidator.Validate(Solution);

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    private static void RequireBoth(IReadOnlyDictionary<int, string> labels, string what, List<string> missing)
    {
        foreach (var language in new[] { 1033, 2052 })
        {
            if (!labels.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
            {
                missing.Add($"{what} has no {language} label");
            }
        }
    }

    [TestMethod]
    public void ImportBlockers_ProductSolution_AreExactlyTheWinAndLoseStepsWithStandInMessageIds()
    {
        // Known gap: the published sdkmessage ids of Win and Lose could not be confirmed from a
        // public source, so these two steps carry stand-ins. This fails as soon as that changes.
        var blockers = SolutionValidator.ImportBlockers(Solution);

        CollectionAssert.AreEquivalent(
            new[] { "Win", "Lose" },
            blockers.Select(b => Solution.Steps.Single(s => b.Component.Contains(s.Name, StringComparison.Ordinal)).MessageName).ToArray(),
            string.Join(Environment.NewLine, blockers));
    }
}
