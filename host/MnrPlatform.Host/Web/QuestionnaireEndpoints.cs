using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;
using MnrPlatform.Host.Hosting;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The questionnaire's form posts besides the page's own (saving the whole form and submitting
/// are the page's form, so refusals re-render it with what was typed). They are the page's path
/// without a circuit, for scripts and browsers without JavaScript (the interactive page saves each
/// answer and takes the review steps itself): a post saves or previews one domain section and gets
/// the section back; the secretariat queries, validates and reopens, and is redirected back with
/// what happened. The services decide who may do what; these only translate.
/// </summary>
internal static class QuestionnaireEndpoints
{
    private const string Submission = "/surveys/{round}/{country}/{instrument}";

    public static WebApplication MapQuestionnaireEndpoints(this WebApplication app)
    {
        var sections = app.MapGroup(Submission + "/sections").RequireAuthorization(AccessPolicies.ReadCountryData)
            .RequireFormToken().ExcludeFromDescription();
        sections.MapPost("/{domain}", SaveSectionAsync);
        sections.MapPost("/{domain}/preview", PreviewSectionAsync);

        var review = app.MapGroup(Submission).RequireAuthorization(AccessPolicies.WriteAllCountries)
            .RequireFormToken().ExcludeFromDescription();
        review.MapPost("/query", (SubmissionService s, AccessScope scope, string round, string country, string instrument,
                [FromForm(Name = "comment")] string? comment, [FromForm(Name = "questionId")] string? questionId) =>
            string.IsNullOrWhiteSpace(comment)
                ? Task.FromResult(Back(round, country, instrument, "error=query-empty"))
                : Step(round, country, instrument, "queried", (key, ct) => s.QueryAsync(scope, key, comment, questionId, ct)));
        review.MapPost("/validate", (SubmissionService s, AccessScope scope, string round, string country, string instrument) =>
            Step(round, country, instrument, "validated", (key, ct) => s.ValidateAsync(scope, key, ct)));
        review.MapPost("/reopen", (SubmissionService s, AccessScope scope, string round, string country, string instrument, [FromForm(Name = "reason")] string? reason) =>
            Step(round, country, instrument, "reopened", (key, ct) => s.ReopenAsync(scope, key, reason, ct)));
        return app;
    }

    // Saves the section's answers (all or nothing) and returns it re-rendered: saved, or with the refusals beside what was typed.
    private static Task<IResult> SaveSectionAsync(
        HttpRequest request, SubmissionReader reader, SubmissionService service, AccessScope scope, TimeProvider clock,
        IStringLocalizer<QuestionnaireText> text, string round, string country, string instrument, string domain, CancellationToken cancellationToken) =>
        SectionAsync(request, reader, scope, round, country, instrument, domain, async (key, view, form) =>
        {
            try
            {
                var errors = await service.SaveAsync(scope, key, form.Inputs, CultureInfo.CurrentUICulture, cancellationToken);
                return errors.Count > 0
                    ? (view, form.WithErrors(errors), null, null)
                    : (await reader.OpenAsync(scope, key, cancellationToken), QuestionnaireForm.Stored, text["Section.Saved", SubmissionLabels.When(clock.GetUtcNow())].Value, null);
            }
            catch (SubmissionStateException e)
            {
                return (view, form, null, e.In(CultureInfo.CurrentUICulture));
            }
        }, cancellationToken);

    // Re-renders the section from the posted answers without saving, so the questions that depend on a changed answer appear or go.
    private static Task<IResult> PreviewSectionAsync(
        HttpRequest request, SubmissionReader reader, AccessScope scope,
        string round, string country, string instrument, string domain, CancellationToken cancellationToken) =>
        SectionAsync(request, reader, scope, round, country, instrument, domain,
            (_, view, form) => Task.FromResult<(SubmissionView, QuestionnaireForm, string?, string?)>((view, form, null, null)), cancellationToken);

    private static async Task<IResult> SectionAsync(
        HttpRequest request, SubmissionReader reader, AccessScope scope, string round, string country, string instrument, string domain,
        Func<SubmissionKey, SubmissionView, QuestionnaireForm, Task<(SubmissionView View, QuestionnaireForm Form, string? Saved, string? Problem)>> act, CancellationToken cancellationToken)
    {
        var key = QuestionnaireAddress.Key(round, country, instrument);
        try
        {
            var view = await reader.OpenAsync(scope, key, cancellationToken);
            if (view.Questionnaire.Domains.FirstOrDefault(d => d.Domain.Code == domain) is not { } section)
            {
                return Results.NotFound();
            }

            var posted = QuestionnaireForm.Read(await request.ReadFormAsync(cancellationToken), view.Questionnaire, domain);
            var (shown, form, saved, problem) = await act(key, view, posted);
            return new RazorComponentResult<SectionFragment>(new
            {
                View = shown,
                Form = form,
                Domain = section,
                BaseUrl = QuestionnaireAddress.Of(key),
                Saved = saved,
                Problem = problem,
            });
        }
        catch (AccessDeniedException)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
    }

    private static async Task<IResult> Step(string round, string country, string instrument, string done, Func<SubmissionKey, CancellationToken, Task> step)
    {
        try
        {
            await step(QuestionnaireAddress.Key(round, country, instrument), CancellationToken.None);
            return Back(round, country, instrument, $"done={done}");
        }
        catch (SubmissionStateException)
        {
            return Back(round, country, instrument, "error=state");
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
        catch (AccessDeniedException)
        {
            return Results.LocalRedirect(AccountCookies.AccessDeniedPath);
        }
    }

    private static IResult Back(string round, string country, string instrument, string outcome) =>
        Results.LocalRedirect($"/{QuestionnaireAddress.Of(QuestionnaireAddress.Key(round, country, instrument))}?{outcome}");
}
