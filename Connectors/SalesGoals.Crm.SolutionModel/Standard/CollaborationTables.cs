using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>In-app notifications and notes.</summary>
internal static class CollaborationTables
{
    public static IEnumerable<TableDefinition> All()
    {
        yield return new TableBuilder("appnotification", "AppNotification", "appnotifications", OwnershipType.UserOwned, "Notification", "通知")
            .Key()
            .Name("title", 256, "Title", RequiredLevel.SystemRequired)
            .Text("body", 500, "Body")
            .Memo("data", 5000, "Data")
            .Choice("icontype", "Icon Type", (100000000, "Info"), (100000001, "Success"), (100000002, "Failure"), (100000003, "Warning"), (100000004, "Mention"), (100000005, "Custom"))
            .Choice("toasttype", "Toast Type", (200000000, "Timed"), (200000001, "Hidden"))
            .Choice("priority", "Priority", (200000000, "Normal"), (200000001, "High"))
            .Int("ttlinseconds", "Expiry (seconds)", 1, int.MaxValue)
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("annotation", "Annotation", "annotations", OwnershipType.UserOwned, "Note", "注释")
            .Key()
            .Name("subject", 500, "Title", RequiredLevel.None)
            .Memo("notetext", 100000, "Description")
            .Lookup("objectid", "Regarding", "account", "contact", "lead", "opportunity", "invoice", "product", "appointment")
            .EntityName("objecttypecode", "Object Type")
            .Bool("isdocument", "Is Document")
            .Text("filename", 255, "File Name")
            .Text("mimetype", 256, "Mime Type")
            .Memo("documentbody", 1073741823, "Document")
            .Owned()
            .Audit()
            .Build();
    }
}
