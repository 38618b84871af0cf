import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { searchKey, slugify } from '../../common/text.js';
import { EDITORS, requireRole } from '../auth/auth.policy.js';
import { snapshot } from '../history/history.recorder.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project, ProjectMunicipality, ProjectParticipant, ProjectPhase, ProjectRegion, type IProject } from '../project/project.entity.js';
import { ProjectType } from '../project/project.type.js';
import { nameSource, type NamedSource } from './citations.js';
import { DeleteInput, DeletePayload } from './edit.inputs.js';
import { municipalityByCode, pointeeOrNull, regionByCode, target } from './lookups.js';
import { party } from './participants.js';
import { CreateProjectInput, ProjectParticipantInput, UpdateProjectInput } from './project.inputs.js';
import { created, deleting, updated } from './record.js';
import { refuseIfReferenced } from './references.js';
import { badInput, conflict } from './validators.js';
import { checkVersion, notNull, runWrite, type Write } from './write.js';

async function assertSlugFree(w: Write, slug: string, selfId: number | null) {
  const other = await w.tx.findOne(Project, { slug });
  if (other && other.id !== selfId) throw conflict(`The slug "${slug}" is already used by the project "${other.name}"`, { field: 'slug' });
}

const parentOf = (project: { id: number }) => ({ type: 'Project', id: project.id });

/** Sets the project's places to exactly these codes (each must exist), recording added and removed links. */
async function setPlaces(
  w: Write,
  project: IProject,
  regionCodes: string[] | null | undefined,
  municipalityCodes: string[] | null | undefined,
  named: NamedSource,
) {
  if (regionCodes !== undefined) {
    const wanted = [...new Set(regionCodes ?? [])];
    for (const [i, code] of wanted.entries()) await regionByCode(w, code, `regionCodes.${i}`);
    const links = await w.tx.find(ProjectRegion, { project: project.id });
    for (const link of links.filter((l) => !wanted.includes(l.region.code))) {
      await deleting(w, 'ProjectRegion', link, parentOf(project));
      w.tx.remove(link);
    }
    for (const code of wanted.filter((c) => !links.some((l) => l.region.code === c))) {
      const link = w.tx.create(ProjectRegion, { project, region: code });
      await w.tx.flush();
      await created(w, 'ProjectRegion', link, named, parentOf(project));
    }
  }
  if (municipalityCodes !== undefined) {
    const wanted = [...new Set(municipalityCodes ?? [])];
    for (const [i, code] of wanted.entries()) await municipalityByCode(w, code, `municipalityCodes.${i}`);
    const links = await w.tx.find(ProjectMunicipality, { project: project.id });
    for (const link of links.filter((l) => !wanted.includes(l.municipality.code))) {
      await deleting(w, 'ProjectMunicipality', link, parentOf(project));
      w.tx.remove(link);
    }
    for (const code of wanted.filter((c) => !links.some((l) => l.municipality.code === c))) {
      const link = w.tx.create(ProjectMunicipality, { project, municipality: code });
      await w.tx.flush();
      await created(w, 'ProjectMunicipality', link, named, parentOf(project));
    }
  }
  await w.tx.flush();
}

@Resolver()
export class ProjectMutations {
  @Mutation(() => ProjectType, { description: 'Adds a project with its places. EDITOR, ADMIN.' })
  async createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: AtlasContext): Promise<IProject> {
    const viewer = requireRole(ctx, EDITORS, 'create projects');
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      const slug = input.slug ?? slugify(input.name);
      if (!slug) throw badInput('slug', 'give a slug: none can be made from this name');
      await assertSlugFree(w, slug, null);
      const project = w.tx.create(Project, {
        name: input.name,
        slug,
        description: input.description ?? null,
        startDate: input.startDate ?? null,
        startApproximate: input.startApproximate ?? false,
        endDate: input.endDate ?? null,
        endApproximate: input.endApproximate ?? false,
        status: input.status ?? 'UNKNOWN',
        owner: await pointeeOrNull(w, Organisation, input.ownerId, 'Organisation', 'ownerId'),
        searchKey: searchKey(input.name),
      });
      await w.tx.flush();
      await created(w, 'Project', project, named);
      await setPlaces(w, project, input.regionCodes ?? undefined, input.municipalityCodes ?? undefined, named);
      return project;
    });
  }

  @Mutation(() => ProjectType, { description: 'Changes a project (and, when given, replaces its places). EDITOR, ADMIN.' })
  async updateProject(@Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: AtlasContext): Promise<IProject> {
    const viewer = requireRole(ctx, EDITORS, 'change projects');
    return runWrite(ctx, viewer, async (w) => {
      const project = await target(w, Project, input.id, 'Project');
      checkVersion(project, input.version, `The project "${project.name}"`);
      const named = await nameSource(w, input.source);
      const before = snapshot(project);
      const name = notNull(input.name, 'name') ?? project.name;
      const slug = notNull(input.slug, 'slug') ?? project.slug;
      await assertSlugFree(w, slug, project.id);
      const startDate = input.startDate === undefined ? (project.startDate ?? null) : input.startDate;
      const endDate = input.endDate === undefined ? (project.endDate ?? null) : input.endDate;
      if (startDate && endDate && endDate < startDate) throw badInput('endDate', 'must not be before startDate');
      w.tx.assign(project, {
        name,
        slug,
        description: input.description === undefined ? project.description : input.description,
        startDate,
        endDate,
        startApproximate: input.startApproximate ?? project.startApproximate,
        endApproximate: input.endApproximate ?? project.endApproximate,
        status: notNull(input.status, 'status') ?? project.status,
        owner: input.ownerId === undefined ? project.owner : await pointeeOrNull(w, Organisation, input.ownerId, 'Organisation', 'ownerId'),
        searchKey: searchKey(name),
      });
      await w.tx.flush();
      await updated(w, 'Project', project, before, named);
      await setPlaces(w, project, input.regionCodes, input.municipalityCodes, named);
      return project;
    });
  }

  @Mutation(() => DeletePayload, {
    description:
      'Deletes a project with its phases, participants and places. Refused (CONFLICT) while fundings, outcomes or events point at it. EDITOR, ADMIN.',
  })
  async deleteProject(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, EDITORS, 'delete projects');
    return runWrite(ctx, viewer, async (w) => {
      const project = await target(w, Project, input.id, 'Project');
      if (input.version) checkVersion(project, input.version, `The project "${project.name}"`);
      const partRelations = ['ProjectPhase.project', 'ProjectParticipant.project', 'ProjectRegion.project', 'ProjectMunicipality.project'];
      await refuseIfReferenced(w.tx, w.tx.getMetadata(Project), project.id, `The project "${project.name}"`, partRelations);
      const alsoDeleted: string[] = [];
      const parts = [
        ['ProjectPhase', await w.tx.find(ProjectPhase, { project: project.id })],
        ['ProjectParticipant', await w.tx.find(ProjectParticipant, { project: project.id })],
        ['ProjectRegion', await w.tx.find(ProjectRegion, { project: project.id })],
        ['ProjectMunicipality', await w.tx.find(ProjectMunicipality, { project: project.id })],
      ] as const;
      for (const [type, rows] of parts) {
        for (const part of rows) {
          await deleting(w, type, part, parentOf(project));
          alsoDeleted.push(`${type}:${part.id}`);
          w.tx.remove(part);
        }
      }
      await deleting(w, 'Project', project);
      w.tx.remove(project);
      await w.tx.flush();
      return { deletedId: toGlobalId('Project', project.id), alsoDeleted };
    });
  }

  @Mutation(() => ProjectType, { description: 'Adds an organisation or a partnership to a project in a role. EDITOR, ADMIN.' })
  async addProjectParticipant(
    @Arg('input', () => ProjectParticipantInput) input: ProjectParticipantInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IProject> {
    const viewer = requireRole(ctx, EDITORS, 'change project participants');
    return runWrite(ctx, viewer, async (w) => {
      const project = await target(w, Project, input.projectId, 'Project', 'projectId');
      const named = await nameSource(w, input.source);
      const { organisation, partnership } = await party(w, input, '');
      const existing = await w.tx.findOne(ProjectParticipant, {
        project: project.id,
        organisation: organisation?.id ?? null,
        partnership: partnership?.id ?? null,
        role: input.role,
      });
      if (existing) throw conflict(`That participant already has the role ${input.role} in "${project.name}"`, { field: 'role' });
      const participant = w.tx.create(ProjectParticipant, {
        project,
        organisation,
        partnership,
        role: input.role,
        note: input.note ?? null,
      });
      await w.tx.flush();
      await created(w, 'ProjectParticipant', participant, named, parentOf(project));
      return project;
    });
  }

  @Mutation(() => ProjectType, { description: "Removes an organisation's or partnership's role in a project. EDITOR, ADMIN." })
  async removeProjectParticipant(
    @Arg('input', () => ProjectParticipantInput) input: ProjectParticipantInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IProject> {
    const viewer = requireRole(ctx, EDITORS, 'change project participants');
    return runWrite(ctx, viewer, async (w) => {
      const project = await target(w, Project, input.projectId, 'Project', 'projectId');
      const { organisation, partnership } = await party(w, input, '');
      const participant = await w.tx.findOne(ProjectParticipant, {
        project: project.id,
        organisation: organisation?.id ?? null,
        partnership: partnership?.id ?? null,
        role: input.role,
      });
      if (!participant) throw badInput('role', `no such participant with the role ${input.role} in "${project.name}"`);
      await deleting(w, 'ProjectParticipant', participant, parentOf(project));
      w.tx.remove(participant);
      await w.tx.flush();
      return project;
    });
  }
}
