using System;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>A minted access token and the API host it is valid for.</summary>
public sealed record ZohoAccessToken(string Value, Uri ApiDomain, DateTimeOffset ExpiresAt);
