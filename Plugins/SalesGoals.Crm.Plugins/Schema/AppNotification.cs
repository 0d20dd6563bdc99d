namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>The platform's in-app notification table (appnotification): one row per recipient (its owner).</summary>
public static class AppNotification
{
    public const string LogicalName = "appnotification";

    public static class Fields
    {
        public const string Title = "title";
        public const string Body = "body";
        public const string OwnerId = "ownerid";
        public const string IconType = "icontype";
        public const string ToastType = "toasttype";
        public const string Priority = "priority";
        public const string Data = "data";
        public const string TtlInSeconds = "ttlinseconds";
    }

    public static class Options
    {
        public const int IconInfo = 100000000;
        public const int IconSuccess = 100000001;
        public const int IconFailure = 100000002;
        public const int IconWarning = 100000003;
        public const int ToastTimed = 200000000;
        public const int PriorityNormal = 200000000;
    }
}
