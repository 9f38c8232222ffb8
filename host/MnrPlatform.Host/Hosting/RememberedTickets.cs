using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Remembers, for a minute, what a session cookie decrypts to, so a browser's next requests do not
/// pay for decryption again (on a cached dashboard page it was most of the work). A cookie's text
/// is its ticket: the same text always decrypts to the same ticket, so remembering it trusts
/// nothing new; expiry and the security-stamp check still run on every request. Each request gets
/// its own copy, so no request changes another's ticket.
/// </summary>
internal sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner, IMemoryCache memory) : ISecureDataFormat<AuthenticationTicket>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var key = (nameof(RememberedTickets), purpose, protectedText);
        if (!memory.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText, purpose);
            if (ticket is null)
            {
                return null;
            }

            memory.Set(key, ticket, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return new AuthenticationTicket(ticket!.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
