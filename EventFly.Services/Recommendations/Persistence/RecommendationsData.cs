using EventFly.Services.Persistence;
using EventFly.Services.Recommendations.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Recommendations.Persistence;

/// <summary>Recommendations' own tables: who did what with which event (dismissals included), and the trained models.</summary>
internal sealed class RecommendationsData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<RecommendationInteraction> Interactions => Set<RecommendationInteraction>();

    public DbSet<RecommendationModel> Models => Set<RecommendationModel>();
}
