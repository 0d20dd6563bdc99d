using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Translation;
using SalesGoals.Crm.Integration.Mapping.Users;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>
/// Reads opportunities changed in (watermark, now − settle time] with the _id cursor. The upper bound is
/// what makes the cursor safe: a record edited during the read moves past the bound and is read next
/// time, so the next watermark (the bound) never skips it.
/// </summary>
internal sealed class DealChangeReader
{
    private readonly IFenxiangClient _client;
    private readonly CrmMapping _mapping;
    private readonly ObjectMap _deals;
    private readonly RecordTranslator _translator;
    private readonly FenxiangAdapterOptions _options;
    private readonly TimeProvider _time;

    public DealChangeReader(IFenxiangClient client, CrmMapping mapping, RecordTranslator translator, FenxiangAdapterOptions options, TimeProvider time)
    {
        _client = client;
        _mapping = mapping;
        _translator = translator;
        _options = options;
        _time = time;
        _deals = mapping.ObjectFor(ObjectMap.DealEntity)!;
    }

    public async Task<DealChangeBatch> ReadAsync(SyncWatermark since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(since);
        var from = since.ModifiedAfter.ToUnixTimeMilliseconds();
        var until = Math.Max(from, (_time.GetUtcNow() - _options.ReadSettleTime).ToUnixTimeMilliseconds());
        var next = new SyncWatermark(DateTimeOffset.FromUnixTimeMilliseconds(until));
        if (until == from)
        {
            return new DealChangeBatch([], since, []);
        }

        var modified = ModifiedField();
        QueryFilter[] filters =
        [
            new(modified, [from.ToString(CultureInfo.InvariantCulture)], QueryOperators.GreaterThan),
            new(modified, [until.ToString(CultureInfo.InvariantCulture)], QueryOperators.LessOrEqual),
        ];
        var projection = _deals.Fields.Select(f => f.ExternalField).Concat(["_id", "life_status", "is_deleted", modified]).Distinct().ToList();
        var found = new List<ExternalDeal>();
        var problems = new List<string>();
        Dictionary<string, string?>? emails = null;
        await foreach (var record in _client.QueryAllAsync(_deals.ExternalObject, filters, projection, _options.PageSize, cancellationToken).ConfigureAwait(false))
        {
            var deal = Translate(record, problems);
            if (deal is null)
            {
                continue;
            }

            if (deal.OwnerExternalId == FenxiangSystemUser.Id && !deal.IsDeleted)
            {
                // Kept (stored unmatched, so nobody is credited) and named, never passed over in silence.
                problems.Add($"Fenxiang {_deals.ExternalObject} {deal.ExternalId} '{deal.Name}': owner {deal.OwnerExternalId} ({deal.OwnerName ?? "系统"}) is the system user, not a sales rep; the deal stays unmatched until it is reassigned.");
            }
            else if (deal.OwnerEmail is null && deal.OwnerExternalId is { } owner && _mapping.UserMatch == UserMatchStrategy.ByEmail)
            {
                emails ??= await OwnerEmailsAsync(cancellationToken).ConfigureAwait(false);
                deal = deal with { OwnerEmail = emails.GetValueOrDefault(owner) };
            }

            found.Add(deal);
        }

        var ordered = found.OrderBy(d => d.ModifiedOn).ThenBy(d => d.ExternalId, StringComparer.Ordinal).ToList();
        return new DealChangeBatch(ordered, next, problems);
    }

    private ExternalDeal? Translate(JsonObject record, List<string> problems)
    {
        var translation = _translator.ToDeal(FenxiangRecords.ToElements(record));
        var deleted = FenxiangRecords.IsDeleted(record);
        if (translation.Deal is { } deal)
        {
            return deal with { IsDeleted = deleted };
        }

        if (deleted && FenxiangRecords.Text(record, "_id") is { } id)
        {
            // A deletion must reach the sync even when the record no longer translates: its state is moot.
            var modifiedMs = long.TryParse(FenxiangRecords.Text(record, ModifiedField()), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : 0;
            return new ExternalDeal
            {
                System = ExternalSystem.Fenxiang,
                ExternalId = id,
                State = DealState.Open,
                ModifiedOn = DateTimeOffset.FromUnixTimeMilliseconds(modifiedMs),
                IsDeleted = true,
            };
        }

        problems.AddRange(translation.Problems);
        return null;
    }

    private string ModifiedField() => _deals.ExternalFieldFor(CanonicalDealField.ModifiedOn) ?? "last_modified_time";

    private async Task<Dictionary<string, string?>> OwnerEmailsAsync(CancellationToken cancellationToken)
    {
        var users = await _client.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        return users.Where(u => u.OpenUserId is not null)
            .GroupBy(u => u.OpenUserId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Email, StringComparer.Ordinal);
    }
}
