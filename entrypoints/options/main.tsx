import { render } from 'preact';
import { TeamLibraryForm } from '@/components/options/TeamLibraryForm';
import { createTeamSettingsAccess } from '@/lib/options/team-settings-access';
import '@/components/theme/tokens.css';
import '@/components/theme/page.css';
import '@/components/options/options.css';

render(<TeamLibraryForm access={createTeamSettingsAccess()} />, document.getElementById('app') as HTMLElement);
