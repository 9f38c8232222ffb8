namespace MnrPlatform.Data.Entities;

/// <summary>Who may see an example beyond its country. Ordered: each level includes the ones before.</summary>
public enum ExampleVisibility
{
    /// <summary>The secretariat only (and the country itself).</summary>
    Secretariat,

    /// <summary>Alliance members: every signed-in user.</summary>
    Members,

    /// <summary>Everyone, signed in or not.</summary>
    Public,
}
