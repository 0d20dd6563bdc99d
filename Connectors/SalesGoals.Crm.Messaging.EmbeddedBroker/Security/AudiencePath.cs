using System;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

/// <summary>
/// Compares token audiences with entity paths by path only: the host a client dialled (127.0.0.1,
/// localhost, a namespace name) does not matter on loopback.
/// </summary>
internal static class AudiencePath
{
    public static string Normalize(string audience)
    {
        string path = audience;
        int scheme = audience.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            int slash = audience.IndexOf('/', scheme + 3);
            path = slash < 0 ? string.Empty : audience[slash..];
        }

        return path.Trim('/').ToUpperInvariant();
    }

    /// <summary>True when a token for <paramref name="tokenPath"/> grants access to <paramref name="entityPath"/>.</summary>
    public static bool Covers(string tokenPath, string entityPath)
    {
        string entity = Normalize(entityPath);
        return tokenPath.Length == 0
            || entity == tokenPath
            || entity.StartsWith(tokenPath + "/", StringComparison.Ordinal);
    }
}
