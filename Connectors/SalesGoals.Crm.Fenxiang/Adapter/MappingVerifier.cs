using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Schema;
using SalesGoals.Crm.Integration.Mapping.Validation;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Start-up check: describes every mapped object and lists each missing object, field and unmapped
/// option (e.g. a sales_status value ops have not mapped to Open/Won/Lost). Creating fields is not its job.</summary>
internal sealed class MappingVerifier
{
    private readonly IFenxiangClient client;
    private readonly CrmMapping mapping;
    private readonly FenxiangAdapterOptions options;

    public MappingVerifier(IFenxiangClient client, CrmMapping mapping, FenxiangAdapterOptions options)
    {
        this.client = client;
        this.mapping = mapping;
        this.options = options;
    }

    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken)
    {
        var schemas = new List<ExternalObjectSchema>();
        var names = mapping.Objects.Select(o => o.ExternalObject).ToList();
        if (options.WriteMonthlyTargetsToGoalValueObj)
        {
            names.Add(GoalValueWriter.ObjectApiName);
        }

        var problems = new List<string>();
        foreach (var name in names.Distinct())
        {
            var describe = await client.DescribeAsync(name, cancellationToken).ConfigureAwait(false);
            if (describe is not null)
            {
                schemas.Add(FenxiangSchemaReader.ToSchema(name, describe));
            }
            else if (name == GoalValueWriter.ObjectApiName)
            {
                problems.Add($"{ExternalSystem.Fenxiang} object {name} does not exist; switch off WriteMonthlyTargetsToGoalValueObj or enable the goal module.");
            }
        }

        if (options.WriteMonthlyTargetsToGoalValueObj && string.IsNullOrWhiteSpace(options.GoalRuleId))
        {
            problems.Add("Fenxiang:Adapter:GoalRuleId is required to write monthly targets to GoalValueObj.");
        }

        var result = MappingValidator.Validate(mapping, schemas, options.ValidationContext);
        problems.InsertRange(0, result.Problems.Select(p => p.Message));
        return problems;
    }
}
