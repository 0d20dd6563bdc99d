using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Translation;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>
/// Fenxiang behind the connector-neutral contract: deals from the opportunity object (NewOpportunityObj by
/// default), state from sales_status through ops' "stage" value map, invalidated records as deletions;
/// goals and progress to a custom object (sales_goal__c by default) keyed by the Dataverse goal id.
/// </summary>
public sealed class FenxiangCrmAdapter : IExternalCrmAdapter
{
    private readonly DealChangeReader _reader;
    private readonly FenxiangProgressWriter _writer;
    private readonly MappingVerifier _verifier;
    private readonly GoalValueWriter? _goalValues;

    public FenxiangCrmAdapter(IFenxiangClient client, CrmMapping mapping, IOptions<FenxiangAdapterOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(options);
        if (mapping.System != ExternalSystem.Fenxiang)
        {
            throw new ArgumentException($"The mapping is for {mapping.System}, not Fenxiang.", nameof(mapping));
        }

        var settings = options.Value;
        var zone = ResolveZone(settings.TenantTimeZone);
        Mapping = WithDefaults(mapping);
        var translator = new RecordTranslator(Mapping, new FenxiangValueFormat(zone));
        _reader = new DealChangeReader(client, Mapping, translator, settings, time);
        _writer = new FenxiangProgressWriter(client, Mapping, translator, settings);
        _verifier = new MappingVerifier(client, Mapping, settings);
        _goalValues = settings.WriteMonthlyTargetsToGoalValueObj ? new GoalValueWriter(client, settings) : null;
    }

    public ExternalSystem System => ExternalSystem.Fenxiang;

    /// <summary>The mapping in force: ops' mapping, with the default object maps where it names none.</summary>
    public CrmMapping Mapping { get; }

    public Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken) => _verifier.VerifyAsync(cancellationToken);

    public Task<DealChangeBatch> ReadDealChangesAsync(SyncWatermark since, CancellationToken cancellationToken) =>
        _reader.ReadAsync(since, cancellationToken);

    public async Task<IReadOnlyList<GoalProgressWriteResult>> WriteGoalProgressAsync(
        IReadOnlyList<GoalProgressRow> rows, CancellationToken cancellationToken)
    {
        var results = await _writer.WriteAsync(rows, cancellationToken).ConfigureAwait(false);
        if (_goalValues is null)
        {
            return results;
        }

        return await _goalValues.WriteAsync(rows, results, cancellationToken).ConfigureAwait(false);
    }

    private static CrmMapping WithDefaults(CrmMapping mapping)
    {
        var objects = mapping.Objects.ToList();
        if (mapping.ObjectFor(ObjectMap.DealEntity) is null)
        {
            objects.Add(FenxiangDefaultMapping.Deals());
        }

        if (mapping.ObjectFor(ObjectMap.GoalProgressEntity) is null)
        {
            objects.Add(FenxiangDefaultMapping.Goals());
        }

        return mapping with { Objects = objects };
    }

    private static TimeZoneInfo ResolveZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Fenxiang:Adapter:TenantTimeZone '{id}' is not a time zone this machine knows (use an IANA id such as Asia/Shanghai).", nameof(id), ex);
        }
    }
}
