using System;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Worker.Alerts;

namespace SalesGoals.Crm.Worker.Tests.Alerts;

/// <summary>deliver-alert message ids: equal for the same (alert, notice owed), so the queue keeps one of every worker's copies.</summary>
[TestClass]
public sealed class AlertMessagesTests
{
    [TestMethod]
    [DataRow(false, false, "raised")]
    [DataRow(true, true, "resolved")]
    [DataRow(false, true, "stale")]
    public void Create_PendingAlert_IdNamesTheAlertAndTheNoticeOwed(bool notified, bool resolved, string notice)
    {
        var alert = new PendingAlert { Id = Guid.NewGuid(), WasNotified = notified, IsResolved = resolved };

        var message = AlertMessages.Create(alert);
        var again = AlertMessages.Create(alert with { });

        Assert.AreEqual($"deliver-alert:{alert.Id:N}:{notice}", message.MessageId);
        Assert.AreEqual(message.MessageId, again.MessageId, "another worker's copy is a duplicate");
        Assert.AreEqual(AlertMessages.DeliverAlert, message.Subject);
        Assert.AreEqual(new DeliverAlertCommand(alert.Id, notice), AlertMessages.Read(message.Body));
    }

    [TestMethod]
    public void Create_SameAlertRaisedThenResolved_DifferentIds()
    {
        var raised = new PendingAlert { Id = Guid.NewGuid() };

        var first = AlertMessages.Create(raised);
        var second = AlertMessages.Create(raised with { WasNotified = true, IsResolved = true });

        Assert.AreNotEqual(first.MessageId, second.MessageId, "the resolution is new work");
    }
}
