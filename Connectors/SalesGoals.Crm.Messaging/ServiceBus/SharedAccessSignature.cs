using System;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Builds <c>SharedAccessSignature sr=&lt;uri&gt;&amp;sig=&lt;hmac&gt;&amp;se=&lt;expiry&gt;&amp;skn=&lt;rule&gt;</c>.</summary>
public static class SharedAccessSignature
{
    public static string Create(string keyName, string key, string resourceUri, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyName);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(resourceUri);
        string encodedResource = WebUtility.UrlEncode(resourceUri.ToLowerInvariant());
        string expiry = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(encodedResource + "\n" + expiry));
        return "SharedAccessSignature sr=" + encodedResource
            + "&sig=" + WebUtility.UrlEncode(Convert.ToBase64String(signature))
            + "&se=" + expiry
            + "&skn=" + WebUtility.UrlEncode(keyName);
    }
}
