namespace SalesGoals.Crm.Fenxiang.Configuration;

/// <summary>Which generation of Fenxiang authentication the client speaks.</summary>
public enum FenxiangAuthStyle
{
    /// <summary>Current: <c>/oauth2.0/token</c>, then <c>authorization: Bearer</c>, <c>x-fs-ea</c>, <c>x-fs-userid</c> headers; plain employee ids.</summary>
    Header = 0,

    /// <summary>Legacy: <c>/cgi/corpAccessToken/get/V2</c>, then corpAccessToken, corpId and currentOpenUserId in the body; FSUID employee ids.</summary>
    LegacyBody = 1,
}
