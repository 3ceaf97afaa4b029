-- copydesk in Neovim 0.7 (init.lua): one language server per working folder.
local copydesk_clients = {}
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'html', 'text' },
  callback = function(args)
    local root = vim.fn.getcwd()
    if not copydesk_clients[root] then
      copydesk_clients[root] = vim.lsp.start_client({
        name = 'copydesk',
        cmd = { 'copydesk-language-server', '--stdio' },
        root_dir = root,
      })
    end
    vim.lsp.buf_attach_client(args.buf, copydesk_clients[root])
  end,
})
