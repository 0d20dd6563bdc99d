using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>
/// Reads one system's deal changes since the stored watermark, resolves each owner to a Dataverse user and
/// upserts sg_externalactual by its alternate key (in bulk); then stores the next watermark. Reading again from the
/// same watermark upserts the same values, so a redelivered "pull" message does no harm.
/// </summary>
public sealed class DealSyncService
{
    private readonly IDataverseGateway _dataverse;
    private readonly TimeProvider _time;

    public DealSyncService(IDataverseGateway dataverse, TimeProvider time)
    {
        _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task<DealSyncResult> SyncAsync(ConnectedSystem system, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        var startedOn = _time.GetUtcNow();
        var state = await _dataverse.GetSyncStateAsync(system.System, system.DealObject, cancellationToken).ConfigureAwait(false);
        try
        {
            var since = WatermarkCodec.Parse(state?.Watermark);
            var batch = await system.Adapter.ReadDealChangesAsync(since, cancellationToken).ConfigureAwait(false);
            var result = await ApplyAsync(system, batch, cancellationToken).ConfigureAwait(false);

            // Another worker may have pulled further meanwhile (competing consumers): never move its watermark back.
            var latest = await _dataverse.GetSyncStateAsync(system.System, system.DealObject, cancellationToken).ConfigureAwait(false);
            var next = WatermarkCodec.Later(batch.Next, WatermarkCodec.Parse(latest?.Watermark));
            await _dataverse.SaveSyncStateAsync(new SyncStateRecord
            {
                System = system.System,
                ObjectName = system.DealObject,
                Watermark = WatermarkCodec.Format(next),
                LastRunOn = startedOn,
                LastSuccessOn = _time.GetUtcNow(),
                RecordsProcessed = result.DealsRead,
                LastError = result.Problems.Count == 0 ? null : string.Join(Environment.NewLine, result.Problems.Take(20)),
            }, cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The watermark stays where it is (re-read: another worker may have moved it on): the next pull reads the same changes again.
            var latest = await _dataverse.GetSyncStateAsync(system.System, system.DealObject, CancellationToken.None).ConfigureAwait(false) ?? state;
            await _dataverse.SaveSyncStateAsync(new SyncStateRecord
            {
                System = system.System,
                ObjectName = system.DealObject,
                Watermark = latest?.Watermark,
                LastRunOn = startedOn,
                LastSuccessOn = latest?.LastSuccessOn,
                Failed = true,
                LastError = exception.Message,
            }, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<DealSyncResult> ApplyAsync(ConnectedSystem system, DealChangeBatch batch, CancellationToken cancellationToken)
    {
        var users = await _dataverse.GetUsersAsync(cancellationToken).ConfigureAwait(false);
        var currencies = await _dataverse.GetCurrenciesAsync(cancellationToken).ConfigureAwait(false);
        var resolver = new UserResolver(system.Mapping, users);
        var problems = new List<string>(batch.Problems);
        int deleted = 0, unresolved = 0;
        var records = new List<ExternalActualRecord>();
        foreach (var deal in batch.Deals)
        {
            if (deal.IsDeleted)
            {
                deleted += await _dataverse.DeleteExternalActualAsync(system.System, deal.ExternalId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                continue;
            }

            var currency = deal.CurrencyCode ?? system.Mapping.DefaultCurrency;
            if (!currencies.TryGetValue(currency, out var currencyId))
            {
                problems.Add($"{system.System} deal {deal.ExternalId}: currency {currency} is not a Dataverse transaction currency; skipped.");
                continue;
            }

            var owner = Resolve(resolver, deal);
            if (owner.SystemUserId is null)
            {
                unresolved++;
                problems.Add($"{system.System} deal {deal.ExternalId}: owner {deal.OwnerExternalId} ({deal.OwnerEmail ?? "no e-mail"}) not matched: {owner.Reason}");
            }

            records.Add(ToRecord(system, deal, owner.SystemUserId, currency, currencyId));
        }

        // One bulk write for the whole batch; a row Dataverse refuses is reported and the others are kept.
        var writes = records.Count == 0 ? [] : await _dataverse.UpsertExternalActualsAsync(records, cancellationToken).ConfigureAwait(false);
        foreach (var write in writes.Where(w => w.Outcome == RowWriteOutcome.Refused))
        {
            problems.Add($"{system.System} deal {write.ExternalId}: Dataverse refused the row: {write.Error}");
        }

        var live = batch.Deals.Where(d => !d.IsDeleted).ToList();
        return new DealSyncResult(
            system.System,
            batch.Deals.Count,
            live.Count(d => d.State == DealState.Won),
            live.Count(d => d.State == DealState.Lost),
            live.Count(d => d.State == DealState.Open),
            deleted,
            writes.Count(w => w.Outcome == RowWriteOutcome.Created),
            writes.Count(w => w.Outcome == RowWriteOutcome.Updated),
            writes.Count(w => w.Outcome == RowWriteOutcome.Written),
            writes.Count(w => w.Outcome == RowWriteOutcome.Refused),
            unresolved,
            problems);
    }

    private static UserResolution Resolve(UserResolver resolver, ExternalDeal deal) =>
        deal.OwnerExternalId is null
            ? new UserResolution(UserResolutionOutcome.NotFound, null, null, "the deal has no owner", [])
            : resolver.Resolve(deal.OwnerExternalId, deal.OwnerEmail);

    private ExternalActualRecord ToRecord(ConnectedSystem system, ExternalDeal deal, Guid? ownerId, string currency, Guid currencyId) => new()
    {
        System = system.System,
        ExternalId = deal.ExternalId,
        Name = deal.Name,
        ExternalObject = system.DealObject,
        OwnerUserId = ownerId,
        ExternalOwnerId = deal.OwnerExternalId,
        Amount = deal.Amount,
        CurrencyCode = currency,
        CurrencyId = currencyId,
        State = deal.State,
        Stage = deal.StageValue,
        CloseDate = deal.CloseDate,
        CreatedOn = deal.CreatedOn,
        ModifiedOn = deal.ModifiedOn,
        Probability = deal.Probability is decimal p ? (int)Math.Round(p, MidpointRounding.AwayFromZero) : null,
        ProductLine = Dimension(deal, CanonicalDealField.ProductLine),
        Region = Dimension(deal, CanonicalDealField.Region),
        CustomerSegment = Dimension(deal, CanonicalDealField.CustomerSegment),
        AccountName = deal.AccountName,
        ExternalAccountId = deal.AccountExternalId,
        LastSyncedOn = _time.GetUtcNow(),
    };

    private static int? Dimension(ExternalDeal deal, string field) =>
        deal.Dimensions.TryGetValue(field, out var value) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var option)
            ? option
            : null;
}
