/** The `palapa` command line: one subcommand per file in commands/, failures as plain sentences. */
import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { describeFailure } from './cli-error';
import { buildCommand } from './commands/build';
import { createCommand } from './commands/create';
import { devCommand } from './commands/dev';
import { loginCommand } from './commands/login';
import { publishCommand } from './commands/publish';
import { statusCommand } from './commands/status';

const program = new Command('palapa')
  .description('Alat tim OPD untuk plugin Palapa / the OPD teams\' tool for Palapa plugins')
  .version(packageJson.version, '-v, --version')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

program
  .command('create')
  .description('buat folder plugin baru / scaffold a new plugin')
  .argument('<slug>', 'slug layanan, mis. cek-pbb / the service slug, e.g. cek-pbb')
  .option('--name-id <name>', 'nama layanan (Bahasa Indonesia)')
  .option('--name-en <name>', 'service name (English)')
  .option('--opd <opd>', 'OPD pemilik / owning department')
  .option('--dir <folder>', 'folder induk / parent folder', '.')
  .option('-y, --yes', 'tanpa pertanyaan, pakai bawaan / no prompts, use defaults')
  .action(createCommand);

program
  .command('build')
  .description('build dan periksa plugin / build and check the plugin')
  .option('--budget <kib>', 'anggaran JS saat mount (KiB gzip) / JS budget at mount (KiB gzip)', '50')
  .option('--dir <folder>', 'folder plugin / plugin folder')
  .action(buildCommand);

program
  .command('login')
  .description('simpan token API OPD / store an OPD API token')
  .option('--registry <url>', 'alamat portal / portal URL')
  .option('--token <token>', 'token API (palapa_…)')
  .action(loginCommand);

program
  .command('publish')
  .description('unggah versi baru dari dist/ / upload a new version from dist/')
  .option('--budget <kib>', 'anggaran JS saat mount (KiB gzip) / JS budget at mount (KiB gzip)', '50')
  .option('--dir <folder>', 'folder plugin / plugin folder')
  .action(publishCommand);

program
  .command('status')
  .description('versi layanan dan statusnya / the service\'s versions and their status')
  .option('--slug <slug>', 'slug layanan (bawaan: dari palapa.json) / service slug (default: from palapa.json)')
  .option('--dir <folder>', 'folder plugin / plugin folder')
  .action(statusCommand);

program
  .command('dev')
  .description('build ulang tiap perubahan dan layani untuk portal / rebuild on change and serve to the portal')
  .option('--port <port>', 'port lokal / local port', '5180')
  .option('--portal <url>', 'alamat portal / portal address', 'http://localhost:8080')
  .option('--open', 'buka peramban / open the browser')
  .option('--dir <folder>', 'folder plugin / plugin folder')
  .action(devCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`palapa: ${describeFailure(error)}`);
  process.exitCode = 1;
}
