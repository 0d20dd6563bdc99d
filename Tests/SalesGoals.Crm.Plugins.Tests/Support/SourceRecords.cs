using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;
using L = SalesGoals.Crm.Plugins.Schema.LeadTable;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>
/// Writes the non-opportunity source records through the pipeline, as their writers would: the
/// connector worker (external actuals, as SYSTEM), and reps (appointments, leads, invoices).
/// </summary>
public sealed class SourceRecords
{
    private static int _externalIds;
    private readonly GoalWorld _world;

    public SourceRecords(GoalWorld world) => _world = world;

    /// <summary>A Zoho deal (default: won) synced by the worker; owner null = an unmapped external owner.</summary>
    public Guid ExternalDeal(Guid? owner, decimal amount, DateTime closeDate, int dealState = X.Options.DealWon, Guid? currency = null, bool newCustomer = false, int? productLine = null, DateTime? createdDate = null)
    {
        var row = new Entity(X.LogicalName)
        {
            [X.Fields.Name] = "Zoho deal",
            [X.Fields.SourceSystem] = new OptionSetValue(100000000),
            [X.Fields.ExternalId] = "zoho-" + System.Threading.Interlocked.Increment(ref _externalIds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [X.Fields.OwnerUserId] = owner.HasValue ? new EntityReference("systemuser", owner.Value) : null,
            [X.Fields.Amount] = new Money(amount),
            [X.Fields.DealState] = new OptionSetValue(dealState),
            [X.Fields.CloseDate] = closeDate,
            [X.Fields.IsNewCustomer] = newCustomer,
        };
        if (currency.HasValue)
        {
            row[X.Fields.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, currency.Value);
        }

        if (productLine.HasValue)
        {
            row[X.Fields.ProductLine] = new OptionSetValue(productLine.Value);
        }

        if (createdDate.HasValue)
        {
            row[X.Fields.CreatedDate] = createdDate.Value;
        }

        return _world.AsSystem.Create(row);
    }

    /// <summary>The worker updates a deal it synced before (as SYSTEM).</summary>
    public void UpdateExternal(Guid id, string column, object? value) =>
        _world.AsSystem.Update(new Entity(X.LogicalName, id) { [column] = value });

    /// <summary>An open appointment of the owner, scheduled to end on the given day.</summary>
    public Guid Appointment(Guid owner, DateTime scheduledEnd) =>
        _world.Env.GetOrganizationService(owner).Create(new Entity(A.LogicalName)
        {
            [A.Fields.Subject] = "Visit",
            [A.Fields.ScheduledEnd] = scheduledEnd,
            [A.Fields.OwnerId] = new EntityReference("systemuser", owner),
        });

    public void SetAppointmentState(Guid id, int state, int status, DateTime? actualEnd = null, Guid? asUser = null)
    {
        var update = new Entity(A.LogicalName, id) { [A.Fields.StateCode] = new OptionSetValue(state), [A.Fields.StatusCode] = new OptionSetValue(status) };
        if (actualEnd.HasValue)
        {
            update[A.Fields.ActualEnd] = actualEnd.Value;
        }

        _world.Env.GetOrganizationService(asUser ?? _world.Rep).Update(update);
    }

    /// <summary>The legacy SetState message (older clients and integrations).</summary>
    public void SetState(string table, Guid id, int state, int status, Guid? asUser = null) =>
        _world.Env.GetOrganizationService(asUser ?? _world.Rep).Execute(new Microsoft.Crm.Sdk.Messages.SetStateRequest
        {
            EntityMoniker = new EntityReference(table, id),
            State = new OptionSetValue(state),
            Status = new OptionSetValue(status),
        });

    public void Complete(Guid appointment, DateTime? actualEnd = null) => SetAppointmentState(appointment, A.States.Completed, 3, actualEnd);

    public Guid Lead(Guid owner) =>
        _world.Env.GetOrganizationService(owner).Create(new Entity(L.LogicalName)
        {
            [L.Fields.Subject] = "Interested in tiles",
            [L.Fields.LastName] = "Wang",
            [L.Fields.OwnerId] = new EntityReference("systemuser", owner),
        });

    /// <summary>An active invoice of the owner for the total (in the caller's currency unless given; id: a chosen id, as an import may set).</summary>
    public Guid Invoice(Guid owner, decimal total, Guid? currency = null, Guid? id = null)
    {
        var account = _world.AsSystem.Create(new Entity("account") { ["name"] = "Huadong Building Materials" });
        var row = new Entity(I.LogicalName)
        {
            [I.Fields.Name] = "INV",
            [I.Fields.InvoiceNumber] = "INV-" + Guid.NewGuid().ToString("N"),
            [I.Fields.CustomerId] = new EntityReference("account", account),
            [I.Fields.TotalAmount] = new Money(total),
            [I.Fields.OwnerId] = new EntityReference("systemuser", owner),
        };
        if (id.HasValue)
        {
            row.Id = id.Value;
        }

        if (currency.HasValue)
        {
            row[I.Fields.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, currency.Value);
        }

        return _world.Env.GetOrganizationService(owner).Create(row);
    }

    /// <summary>Marks the invoice paid (statuscode Complete); paidOn null leaves the paid date to the platform.</summary>
    public void Pay(Guid invoice, DateTime? paidOn)
    {
        var update = new Entity(I.LogicalName, invoice) { [I.Fields.StateCode] = new OptionSetValue(I.States.Paid), [I.Fields.StatusCode] = new OptionSetValue(100001) };
        if (paidOn.HasValue)
        {
            update[I.Fields.PaidOn] = paidOn.Value;
        }

        _world.AsManager.Update(update);
    }

    /// <summary>Back to Active (a payment booked by mistake).</summary>
    public void Unpay(Guid invoice) =>
        _world.AsManager.Update(new Entity(I.LogicalName, invoice) { [I.Fields.StateCode] = new OptionSetValue(I.States.Active), [I.Fields.StatusCode] = new OptionSetValue(1) });
}
